// The long-lived Apertium pipeline against the real Apertium (Debian: apertium apertium-eng-spa).
import { afterEach, describe, expect, it } from "vitest";
import { isApertiumInstalled, modePipelineCommand } from "@/lib/translation/apertium";
import { ApertiumPipeline, escapeForApertium, nullFlushPipeline, unescapeFromApertium } from "@/lib/translation/apertium-pipeline";

const signal = () => new AbortController().signal;

describe("Apertium stream escaping", () => {
  it("escapes every reserved character and round-trips", () => {
    const text = "Price [net] ^5$ / month <b> @home {x} back\\slash";
    expect(escapeForApertium(text)).toBe("Price \\[net\\] \\^5\\$ \\/ month \\<b\\> \\@home \\{x\\} back\\\\slash");
    expect(unescapeFromApertium(escapeForApertium(text))).toBe(text);
  });

  it("drops NUL, which would end the text early", () => {
    expect(escapeForApertium("a\0b")).toBe("ab");
  });

  it("turns a mode file into a pipeline with null-flush on every program", () => {
    const mode = "lt-proc 'a.bin' | apertium-tagger -g $2 'b.prob' | lt-proc $1 'c.bin'\n";
    expect(nullFlushPipeline(mode)).toBe("lt-proc -z 'a.bin' | apertium-tagger -z -g  'b.prob' | lt-proc -z -n 'c.bin'");
  });
});

describe.runIf(isApertiumInstalled())("ApertiumPipeline", () => {
  let pipeline: ApertiumPipeline;
  afterEach(() => pipeline.stop());

  it("translates one text after another in one process, keeping the final punctuation", async () => {
    pipeline = new ApertiumPipeline(modePipelineCommand("eng-spa"));
    expect(await pipeline.translate("The cat sleeps.", signal())).toBe("Los sueños de gato.");
    expect(await pipeline.translate("Hello, how are you?", signal())).toBe("Hola, cómo eres?");
  });

  it("answers concurrent texts in the order they were sent", async () => {
    pipeline = new ApertiumPipeline(modePipelineCommand("eng-spa"));
    const texts = ["Line one.", "The price is [five] dollars / month.", "Thank you very much!"];
    const out = await Promise.all(texts.map((text) => pipeline.translate(text, signal())));
    expect(out[0]).toBe("Línea un.");
    expect(out[1]).toContain("[cinco]");
    expect(out[1]).toContain("/");
    expect(out[2]).toBe("Muchas gracias!");
  });

  it("keeps the lines of a multi-line text", async () => {
    pipeline = new ApertiumPipeline(modePipelineCommand("eng-spa"));
    expect(await pipeline.translate("Line one.\nLine two!", signal())).toBe("Línea un.\nLínea dos!");
  });

  it("rejects an aborted text and starts a fresh process for the next one", async () => {
    pipeline = new ApertiumPipeline(modePipelineCommand("eng-spa"));
    const controller = new AbortController();
    const aborted = pipeline.translate("A long wait.", controller.signal);
    controller.abort();
    await expect(aborted).rejects.toThrow("aborted");
    expect(await pipeline.translate("The cat sleeps.", signal())).toBe("Los sueños de gato.");
  });

  it("reports a pipeline that dies as a failure instead of hanging", async () => {
    pipeline = new ApertiumPipeline("exit 3");
    await expect(pipeline.translate("Hello.", signal())).rejects.toThrow("Apertium exited 3");
  });
});
