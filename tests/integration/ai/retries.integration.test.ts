import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { generateJson, getProviderStatus } from "@/lib/ai/llm";
import { resetProviderStatus } from "@/lib/ai/provider-status";
import type { AiTask } from "@/lib/ai/types";
import { mockChatCompletions } from "../../fixtures/ai/chat-completions";
import { configureProviders } from "../../fixtures/ai/env";
import { mockGemini } from "../../fixtures/ai/gemini";
import { createTestUser, readLlmCalls, recordSleeps, settleWithFakeClock } from "../../fixtures/ai/harness";
import { replyHang, replyJson, replyNetworkError, replyStatus } from "../../fixtures/ai/replies";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

const database = useTestDatabase();
afterEach(() => {
  resetProviderStatus();
  vi.useRealTimers();
});

const schema = z.object({ verdict: z.enum(["pass", "fail"]) });
const ANSWER = { verdict: "pass" } as const;

function ask(task: AiTask, options: { userId?: string } = {}) {
  const sleeps = recordSleeps();
  const result = generateJson({ db: database.db, task, schema, prompt: "Judge it.", temperature: 0, sleep: sleeps.sleep, ...options });
  return { result, delays: sleeps.delays };
}

describe("retries with backoff", () => {
  it("Gemini: a 429 is retried after 1 s and then succeeds", async () => {
    configureProviders({ gemini: true });
    const requests = mockGemini(network, [replyStatus(429), replyJson(ANSWER)]);
    const { result, delays } = ask("persona");

    expect(await result).toMatchObject({ data: ANSWER, provider: "gemini" });
    expect(requests).toHaveLength(2);
    expect(delays).toEqual([1_000]);
  });

  it("Gemini: 5xx is retried three times (1 s, 2 s, 4 s), then the next provider answers", async () => {
    configureProviders({ gemini: true, openai: true });
    const gemini = mockGemini(network, [replyStatus(500), replyStatus(503), replyStatus(500), replyStatus(502)]);
    const openai = mockChatCompletions(network, { vendor: "openai", replies: [replyJson(ANSWER)] });
    const { result, delays } = ask("deep-score");

    expect(await result).toMatchObject({ data: ANSWER, provider: "openai" });
    expect(gemini).toHaveLength(4);
    expect(openai).toHaveLength(1);
    expect(delays).toEqual([1_000, 2_000, 4_000]);
    expect(getProviderStatus().gemini).toMatchObject({ state: "degraded", lastError: "server_error (HTTP 502)" });
    expect(getProviderStatus().openai.state).toBe("ok");
  });

  it("Groq: 5xx is retried twice (0.5 s, 1 s), then Gemini answers", async () => {
    configureProviders({ groq: true, gemini: true });
    const groq = mockChatCompletions(network, { vendor: "groq", replies: [replyStatus(503), replyStatus(500), replyStatus(500)] });
    mockGemini(network, [replyJson(ANSWER)]);
    const { result, delays } = ask("quick-score");

    expect(await result).toMatchObject({ provider: "gemini" });
    expect(groq).toHaveLength(3);
    expect(delays).toEqual([500, 1_000]);
  });

  it("OpenAI: 5xx is retried twice (1 s, 2 s), then Gemini answers", async () => {
    configureProviders({ openai: true, gemini: true });
    const openai = mockChatCompletions(network, { vendor: "openai", replies: [replyStatus(500), replyStatus(500), replyStatus(500)] });
    mockGemini(network, [replyJson(ANSWER)]);
    const { result, delays } = ask("coach");

    expect(await result).toMatchObject({ provider: "gemini" });
    expect(openai).toHaveLength(3);
    expect(delays).toEqual([1_000, 2_000]);
  });

  it("a network error is retried", async () => {
    configureProviders({ groq: true });
    const groq = mockChatCompletions(network, { vendor: "groq", replies: [replyNetworkError(), replyJson(ANSWER)] });
    const { result, delays } = ask("summary");

    expect(await result).toMatchObject({ provider: "groq" });
    expect(groq).toHaveLength(2);
    expect(delays).toEqual([500]);
  });

  it.each([
    ["openai", "coach"],
    ["gemini", "persona"],
  ] as const)("%s: a request that times out is retried", async (vendor, task) => {
    configureProviders({ [vendor]: true });
    const requests =
      vendor === "gemini"
        ? mockGemini(network, [replyHang(), replyJson(ANSWER)])
        : mockChatCompletions(network, { vendor, replies: [replyHang(), replyJson(ANSWER)] });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { result, delays } = ask(task);

    expect(await settleWithFakeClock(result)).toMatchObject({ provider: vendor });
    expect(requests).toHaveLength(2);
    expect(delays).toEqual([1_000]);
    expect(getProviderStatus()[vendor].lastError).toBe("timeout");
  });
});

describe("errors that are not retried", () => {
  it.each([401, 403])("a %i marks the provider failing and falls back at once", async (status) => {
    configureProviders({ gemini: true, groq: true });
    const gemini = mockGemini(network, [replyStatus(status)]);
    mockChatCompletions(network, { vendor: "groq", replies: [replyJson(ANSWER)] });
    const { result, delays } = ask("persona");

    expect(await result).toMatchObject({ provider: "groq" });
    expect(gemini).toHaveLength(1);
    expect(delays).toEqual([]);
    expect(getProviderStatus().gemini).toMatchObject({
      state: "failing",
      lastError: `auth (HTTP ${status})`,
      lastFailureAt: expect.any(Date),
      lastOkAt: null,
    });
  });

  it("a 400 moves on to the next provider without retrying", async () => {
    configureProviders({ openai: true, gemini: true });
    const openai = mockChatCompletions(network, { vendor: "openai", replies: [replyStatus(400)] });
    mockGemini(network, [replyJson(ANSWER)]);
    const { result, delays } = ask("coach");

    expect(await result).toMatchObject({ provider: "gemini" });
    expect(openai).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it("a failing provider is ok again after its next success", async () => {
    configureProviders({ gemini: true, groq: true });
    mockGemini(network, [replyStatus(401), replyJson(ANSWER)]);
    mockChatCompletions(network, { vendor: "groq", replies: [replyJson(ANSWER)] });
    await ask("persona").result;
    expect(getProviderStatus().gemini.state).toBe("failing");

    await ask("persona").result;
    expect(getProviderStatus().gemini).toMatchObject({ state: "ok", lastOkAt: expect.any(Date) });
  });
});

describe("llm_calls", () => {
  it("has one row per attempt with provider, model, latency, tokens and the error code", async () => {
    configureProviders({ groq: true, gemini: true });
    const userId = await createTestUser(database.db);
    mockChatCompletions(network, { vendor: "groq", replies: [replyStatus(429), replyNetworkError(), replyStatus(500)] });
    mockGemini(network, [replyJson(ANSWER, { input: 120, output: 30 })]);

    await ask("quick-score", { userId }).result;

    const rows = await readLlmCalls(database.db, userId);
    expect(rows.map((r) => [r.provider, r.model, r.status, r.errorCode, r.inputTokens, r.outputTokens])).toEqual([
      ["groq", "openai/gpt-oss-120b", "error", "rate_limited", null, null],
      ["groq", "openai/gpt-oss-120b", "error", "network", null, null],
      ["groq", "openai/gpt-oss-120b", "error", "server_error", null, null],
      ["gemini", "gemini-3.8-flash", "ok", null, 120, 30],
    ]);
    for (const row of rows) {
      expect(row.userId).toBe(userId);
      expect(Number.isInteger(row.latencyMs) && row.latencyMs >= 0).toBe(true);
    }
  });
});
