import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildRepairMessages, parseJsonOutput } from "@/lib/ai/json-output";

const schema = z.object({ mood: z.enum(["calm", "anxious"]), intensity: z.number().min(0).max(1) });

describe("parseJsonOutput", () => {
  it("returns the validated data", () => {
    expect(parseJsonOutput({ text: '{"mood":"calm","intensity":0.4}', schema })).toEqual({
      success: true,
      data: { mood: "calm", intensity: 0.4 },
    });
  });

  it("unwraps a Markdown code fence", () => {
    const text = '```json\n{"mood":"anxious","intensity":1}\n```';
    expect(parseJsonOutput({ text, schema })).toMatchObject({ success: true, data: { mood: "anxious" } });
  });

  it("reports text that is not JSON as invalid_json", () => {
    const check = parseJsonOutput({ text: "Sure! Here is the JSON: {mood: calm}", schema });
    expect(check).toMatchObject({ success: false, code: "invalid_json" });
    expect(check.success || check.message).toContain("not valid JSON");
  });

  it("reports a schema mismatch with each failing field", () => {
    const check = parseJsonOutput({ text: '{"mood":"ecstatic","intensity":3}', schema });
    expect(check).toMatchObject({ success: false, code: "schema_mismatch" });
    const message = check.success ? "" : check.message;
    expect(message).toContain("at mood");
    expect(message).toContain("at intensity");
  });
});

describe("buildRepairMessages", () => {
  it("appends the bad reply and what was wrong with it", () => {
    const messages = buildRepairMessages({
      messages: [{ role: "user", content: "Classify the mood." }],
      reply: "{mood:",
      problem: "The reply is not valid JSON (Unexpected token).",
    });
    expect(messages).toEqual([
      { role: "user", content: "Classify the mood." },
      { role: "assistant", content: "{mood:" },
      { role: "user", content: expect.stringContaining("The reply is not valid JSON (Unexpected token).") },
    ]);
    expect(messages[2]?.content).toContain("corrected JSON");
  });
});
