import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { generateJson, registerOfflineEngine } from "@/lib/ai/llm";
import { resetProviderStatus } from "@/lib/ai/provider-status";
import type { AiTask } from "@/lib/ai/types";
import { AppError } from "@/lib/http";
import { mockChatCompletions } from "../../fixtures/ai/chat-completions";
import { configureProviders } from "../../fixtures/ai/env";
import { mockGemini } from "../../fixtures/ai/gemini";
import { createTestUser, readLlmCalls, recordSleeps } from "../../fixtures/ai/harness";
import { replyJson, replyStatus, replyText } from "../../fixtures/ai/replies";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

const database = useTestDatabase();
const unregister: (() => void)[] = [];
afterEach(() => {
  resetProviderStatus();
  unregister.splice(0).forEach((remove) => remove());
});

const schema = z.object({ score: z.number().int().min(0).max(100), tips: z.array(z.string()) });
const GOOD = { score: 64, tips: ["Ask about budget earlier."] };
const OUT_OF_RANGE = { score: 250, tips: [] };

function ask(task: AiTask, userId?: string) {
  return generateJson({
    db: database.db,
    userId,
    task,
    schema,
    prompt: "Score the transcript.",
    temperature: 0.2,
    context: { transcript: ["Hi, who is this?"] },
    sleep: recordSleeps().sleep,
  });
}

async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe("invalid answers", () => {
  it("malformed JSON gets one repair request to the same provider that quotes the error", async () => {
    configureProviders({ gemini: true });
    const userId = await createTestUser(database.db);
    const requests = mockGemini(network, [replyText('{"score": 64, "tips": ['), replyJson(GOOD)]);

    expect(await ask("persona", userId)).toMatchObject({ data: GOOD, provider: "gemini" });
    expect(requests).toHaveLength(2);
    const contents = requests[1]?.body.contents as { role: string; parts: { text: string }[] }[];
    expect(contents.map((c) => c.role)).toEqual(["user", "model", "user"]);
    expect(contents[1]?.parts[0]?.text).toBe('{"score": 64, "tips": [');
    expect(contents[2]?.parts[0]?.text).toContain("not valid JSON");
    const rows = await readLlmCalls(database.db, userId);
    expect(rows.map((r) => [r.status, r.errorCode, r.inputTokens])).toEqual([
      ["error", "invalid_json", 42],
      ["ok", null, 42],
    ]);
  });

  it("a schema mismatch is repaired with the validation error, naming the field", async () => {
    configureProviders({ groq: true });
    const requests = mockChatCompletions(network, { vendor: "groq", replies: [replyJson(OUT_OF_RANGE), replyJson(GOOD)] });

    expect((await ask("quick-score")).data).toEqual(GOOD);
    const messages = requests[1]?.body.messages as { role: string; content: string }[];
    expect(messages.at(-2)).toEqual({ role: "assistant", content: JSON.stringify(OUT_OF_RANGE) });
    expect(messages.at(-1)?.content).toMatch(/expected number to be <=100[\s\S]*at score/);
  });

  it("an answer invalid twice moves on to the next provider", async () => {
    configureProviders({ gemini: true, openai: true });
    const gemini = mockGemini(network, [replyJson(OUT_OF_RANGE), replyText("not json")]);
    mockChatCompletions(network, { vendor: "openai", replies: [replyJson(GOOD)] });

    expect(await ask("persona")).toMatchObject({ data: GOOD, provider: "openai" });
    expect(gemini).toHaveLength(2);
  });

  it("an answer invalid everywhere is an EXTERNAL_SERVICE_ERROR, never returned", async () => {
    configureProviders({ gemini: true, groq: true });
    mockGemini(network, [replyJson(OUT_OF_RANGE), replyJson(OUT_OF_RANGE)]);
    mockChatCompletions(network, { vendor: "groq", replies: [replyText("{"), replyText("{")] });

    const error = await expectAppError(ask("persona"), "EXTERNAL_SERVICE_ERROR");
    expect(error.details).toEqual({
      failures: [
        { provider: "gemini", error: "invalid_output" },
        { provider: "groq", error: "invalid_output" },
      ],
    });
  });
});

describe("offline engines", () => {
  it("answer, labelled offline, when every provider fails", async () => {
    configureProviders({ gemini: true });
    mockGemini(network, [replyStatus(500), replyStatus(500), replyStatus(500), replyStatus(500)]);
    const generateJsonOffline = vi.fn(() => ({ score: 50, tips: ["Offline rubric tip."] }));
    unregister.push(registerOfflineEngine("deep-score", { name: "rubric-scorer", generateJson: generateJsonOffline }));
    const userId = await createTestUser(database.db);

    const result = await ask("deep-score", userId);

    expect(result).toEqual({ data: { score: 50, tips: ["Offline rubric tip."] }, provider: "offline", model: "rubric-scorer" });
    expect(generateJsonOffline).toHaveBeenCalledWith({
      task: "deep-score",
      prompt: "Score the transcript.",
      system: undefined,
      context: { transcript: ["Hi, who is this?"] },
    });
    const rows = await readLlmCalls(database.db, userId);
    expect(rows.at(-1)).toMatchObject({ provider: "offline", model: "rubric-scorer", status: "ok" });
  });

  it("answer with no request at all when no provider is configured", async () => {
    configureProviders({});
    unregister.push(registerOfflineEngine("summary", { name: "extractive", generateJson: () => GOOD }));

    expect(await ask("summary")).toEqual({ data: GOOD, provider: "offline", model: "extractive" });
  });

  it("have their answers validated too", async () => {
    configureProviders({});
    unregister.push(registerOfflineEngine("summary", { name: "broken", generateJson: () => OUT_OF_RANGE }));

    await expectAppError(ask("summary"), "INTERNAL_ERROR");
  });
});

describe("no answer", () => {
  it("is a clear EXTERNAL_SERVICE_ERROR when no provider is configured and the task has no engine", async () => {
    configureProviders({});

    const error = await expectAppError(ask("coach"), "EXTERNAL_SERVICE_ERROR");
    expect(error.message).toBe("No AI provider is configured for coach and it has no offline engine");
  });

  it("is an EXTERNAL_SERVICE_ERROR listing each failure when every provider fails and there is no engine", async () => {
    configureProviders({ openai: true });
    mockChatCompletions(network, { vendor: "openai", replies: [replyStatus(401)] });

    const error = await expectAppError(ask("coach"), "EXTERNAL_SERVICE_ERROR");
    expect(error.details).toEqual({ failures: [{ provider: "openai", error: "auth (HTTP 401)" }] });
    expect(JSON.stringify(error.details)).not.toContain("test-openai-key");
  });
});
