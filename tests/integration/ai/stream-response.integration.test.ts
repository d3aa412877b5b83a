import { afterEach, describe, expect, it } from "vitest";
import { streamText, textStreamResponse } from "@/lib/ai/llm";
import { resetProviderStatus } from "@/lib/ai/provider-status";
import { mockChatCompletions } from "../../fixtures/ai/chat-completions";
import { configureProviders } from "../../fixtures/ai/env";
import { recordSleeps } from "../../fixtures/ai/harness";
import { createGate, replyStream } from "../../fixtures/ai/replies";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

const database = useTestDatabase();
afterEach(() => resetProviderStatus());

const CHUNKS = ["Good ", "question. ", "What would ", "success look like?"];

describe("textStreamResponse", () => {
  it("puts the first words on the wire before the provider has produced the last", async () => {
    configureProviders({ groq: true });
    const gate = createGate();
    mockChatCompletions(network, { vendor: "groq", replies: [replyStream(CHUNKS, { release: gate.opened })] });
    const stream = await streamText({
      db: database.db,
      task: "persona-reply",
      messages: [{ role: "user", content: "Hi" }],
      sleep: recordSleeps().sleep,
    });

    const res = textStreamResponse(stream);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("x-ai-provider")).toBe("groq");
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    // The provider holds the rest back until this first chunk has been read by the "browser".
    expect(decoder.decode((await reader.read()).value)).toBe(CHUNKS[0]);
    gate.open();
    let rest = "";
    for (let next = await reader.read(); !next.done; next = await reader.read()) rest += decoder.decode(next.value);
    expect(rest).toBe(CHUNKS.slice(1).join(""));
  });
});
