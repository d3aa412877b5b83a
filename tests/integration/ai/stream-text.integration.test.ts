import { afterEach, describe, expect, it } from "vitest";
import { registerOfflineEngine, streamText, type TextStream } from "@/lib/ai/llm";
import { resetProviderStatus } from "@/lib/ai/provider-status";
import type { AiTask } from "@/lib/ai/types";
import { AppError } from "@/lib/http";
import { mockChatCompletions } from "../../fixtures/ai/chat-completions";
import { configureProviders } from "../../fixtures/ai/env";
import { mockGemini } from "../../fixtures/ai/gemini";
import { createTestUser, expectChatRequest, expectGeminiRequest, readLlmCalls, recordSleeps } from "../../fixtures/ai/harness";
import { createGate, replyStatus, replyStream } from "../../fixtures/ai/replies";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

const database = useTestDatabase();
const unregister: (() => void)[] = [];
afterEach(() => {
  resetProviderStatus();
  unregister.splice(0).forEach((remove) => remove());
});

const CHUNKS = ["Let's ", "start with ", "your goal ", "for this week."];

function start(task: AiTask, options: { userId?: string; sleep?: (ms: number) => Promise<void> } = {}) {
  return streamText({
    db: database.db,
    task,
    system: "You are a calm coach.",
    messages: [{ role: "user", content: "I keep procrastinating." }],
    temperature: 0.7,
    sleep: recordSleeps().sleep,
    ...options,
  });
}

async function readAll(stream: TextStream): Promise<string[]> {
  const deltas: string[] = [];
  for await (const delta of stream) deltas.push(delta);
  return deltas;
}

describe("streamText", () => {
  it("Gemini: streams deltas in order from streamGenerateContent?alt=sse, then reports usage", async () => {
    configureProviders({ gemini: true });
    const userId = await createTestUser(database.db);
    const requests = mockGemini(network, [replyStream(CHUNKS, { usage: { input: 31, output: 12 } })]);

    const stream = await start("persona", { userId });

    expect(await readAll(stream)).toEqual(CHUNKS);
    expectGeminiRequest(requests[0], "streamGenerateContent");
    expect(requests[0]?.body).toMatchObject({
      contents: [{ role: "user", parts: [{ text: "I keep procrastinating." }] }],
      systemInstruction: { parts: [{ text: "You are a calm coach." }] },
      generationConfig: { temperature: 0.7 },
    });
    expect(await stream.summary).toEqual({
      provider: "gemini",
      model: "gemini-3.8-flash",
      text: CHUNKS.join(""),
      usage: { inputTokens: 31, outputTokens: 12 },
      complete: true,
    });
    const rows = await readLlmCalls(database.db, userId);
    expect(rows.map((r) => [r.provider, r.status, r.inputTokens, r.outputTokens])).toEqual([["gemini", "ok", 31, 12]]);
  });

  it("yields the first delta before the provider has finished the stream", async () => {
    configureProviders({ groq: true });
    const gate = createGate();
    mockChatCompletions(network, { vendor: "groq", replies: [replyStream(CHUNKS, { release: gate.opened })] });

    const stream = await start("persona-reply");
    const iterator = stream[Symbol.asyncIterator]();

    // The rest of the provider's stream is held back until this first delta has been consumed.
    expect(await iterator.next()).toEqual({ done: false, value: CHUNKS[0] });
    gate.open();
    const rest: string[] = [];
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) rest.push(next.value);
    expect(rest).toEqual(CHUNKS.slice(1));
    expect((await stream.summary).usage).toEqual({ inputTokens: 42, outputTokens: 17 });
  });

  it("OpenAI: asks for usage in the stream and reads it from the last chunk", async () => {
    configureProviders({ openai: true });
    const requests = mockChatCompletions(network, { vendor: "openai", replies: [replyStream(CHUNKS, { usage: { input: 9, output: 4 } })] });

    const stream = await start("coach");

    expect((await readAll(stream)).join("")).toBe(CHUNKS.join(""));
    expectChatRequest(requests[0], "openai");
    expect(requests[0]?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    expect(requests[0]?.body).not.toHaveProperty("temperature");
    expect(await stream.summary).toMatchObject({ provider: "openai", usage: { inputTokens: 9, outputTokens: 4 } });
  });

  it("retries and falls back while no delta has been sent", async () => {
    configureProviders({ groq: true, gemini: true });
    const sleeps = recordSleeps();
    const groq = mockChatCompletions(network, { vendor: "groq", replies: [replyStatus(429), replyStatus(500), replyStatus(503)] });
    mockGemini(network, [replyStream(CHUNKS)]);

    const stream = await start("persona-reply", { sleep: sleeps.sleep });

    expect(stream.provider).toBe("gemini");
    expect(await readAll(stream)).toEqual(CHUNKS);
    expect(groq).toHaveLength(3);
    expect(sleeps.delays).toEqual([500, 1_000]);
  });

  it("fails the stream with EXTERNAL_SERVICE_ERROR when the provider breaks off part-way", async () => {
    configureProviders({ groq: true });
    const userId = await createTestUser(database.db);
    const gate = createGate();
    mockChatCompletions(network, { vendor: "groq", replies: [replyStream(CHUNKS, { release: gate.opened, breakOff: true })] });

    const stream = await start("summary", { userId });
    const deltas: string[] = [];
    const error = await (async () => {
      for await (const delta of stream) {
        deltas.push(delta);
        gate.open();
      }
    })().catch((caught: unknown) => caught);

    expect(deltas).toEqual([CHUNKS[0]]);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("EXTERNAL_SERVICE_ERROR");
    await expect(stream.summary).rejects.toBe(error);
    expect((await readLlmCalls(database.db, userId)).map((r) => r.status)).toEqual(["error"]);
  });

  it("records a stream the reader abandoned as cancelled, with the text sent so far", async () => {
    configureProviders({ gemini: true });
    const userId = await createTestUser(database.db);
    mockGemini(network, [replyStream(CHUNKS)]);

    const stream = await start("coach", { userId });
    for await (const delta of stream) {
      expect(delta).toBe(CHUNKS[0]);
      break;
    }

    expect(await stream.summary).toMatchObject({ text: CHUNKS[0], complete: false });
    expect((await readLlmCalls(database.db, userId)).map((r) => r.errorCode)).toEqual(["cancelled"]);
  });

  it("streams from the offline engine, labelled offline, when no provider is configured", async () => {
    configureProviders({});
    unregister.push(
      registerOfflineEngine("coach", {
        name: "grow-coach",
        async *streamText({ messages }) {
          yield "You said: ";
          yield messages.at(-1)?.content ?? "";
        },
      }),
    );

    const stream = await start("coach");

    expect([stream.provider, stream.model]).toEqual(["offline", "grow-coach"]);
    expect((await readAll(stream)).join("")).toBe("You said: I keep procrastinating.");
  });

  it("is an EXTERNAL_SERVICE_ERROR when the task has no provider and no engine", async () => {
    configureProviders({});

    const error = await start("persona-reply").catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe("No AI provider is configured for persona-reply and it has no offline engine");
  });
});
