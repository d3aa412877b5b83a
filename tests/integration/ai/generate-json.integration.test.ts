import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { generateJson } from "@/lib/ai/llm";
import { resetProviderStatus } from "@/lib/ai/provider-status";
import { resetConfig } from "@/lib/config";
import { mockChatCompletions } from "../../fixtures/ai/chat-completions";
import { configureProviders } from "../../fixtures/ai/env";
import { mockGemini } from "../../fixtures/ai/gemini";
import { expectChatRequest, expectGeminiRequest, recordSleeps } from "../../fixtures/ai/harness";
import { replyJson, replyText } from "../../fixtures/ai/replies";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

const database = useTestDatabase();
afterEach(() => resetProviderStatus());

const schema = z.object({ score: z.number().int().min(0).max(100), summary: z.string() });
const ANSWER = { score: 72, summary: "Clear opener, weak close." };

function ask(task: "persona" | "quick-score" | "coach", temperature = 0.3) {
  return generateJson({
    db: database.db,
    task,
    schema,
    prompt: "Score this call.",
    system: "You are a sales coach.",
    temperature,
    sleep: recordSleeps().sleep,
  });
}

describe("generateJson sends each vendor a JSON-mode request", () => {
  it("Gemini: generateContent with the key header, temperature, JSON MIME type and the zod schema", async () => {
    configureProviders({ gemini: true });
    const requests = mockGemini(network, [replyJson(ANSWER)]);

    const result = await ask("persona", 0.9);

    expect(result).toEqual({ data: ANSWER, provider: "gemini", model: "gemini-3.8-flash" });
    expect(requests).toHaveLength(1);
    expectGeminiRequest(requests[0], "generateContent");
    expect(requests[0]?.body).toMatchObject({
      contents: [{ role: "user", parts: [{ text: "Score this call." }] }],
      systemInstruction: { parts: [{ text: "You are a sales coach." }] },
      generationConfig: {
        temperature: 0.9,
        responseMimeType: "application/json",
        responseJsonSchema: z.toJSONSchema(schema),
      },
    });
  });

  it("Groq: chat completions with a Bearer key, json_object mode and the schema in the system prompt", async () => {
    configureProviders({ groq: true });
    const requests = mockChatCompletions(network, { vendor: "groq", replies: [replyJson(ANSWER)] });

    const result = await ask("quick-score", 0.1);

    expect(result).toEqual({ data: ANSWER, provider: "groq", model: "openai/gpt-oss-120b" });
    expectChatRequest(requests[0], "groq");
    const body = requests[0]?.body;
    expect(body).toMatchObject({ temperature: 0.1, response_format: { type: "json_object" } });
    expect(body?.messages).toEqual([
      { role: "system", content: expect.stringContaining("You are a sales coach.") },
      { role: "user", content: "Score this call." },
    ]);
    const system = (body?.messages as { content: string }[])[0]?.content;
    expect(system).toContain("JSON");
    expect(system).toContain(JSON.stringify(z.toJSONSchema(schema)));
  });

  it("OpenAI: chat completions with a Bearer key and a json_schema response format", async () => {
    configureProviders({ openai: true });
    const requests = mockChatCompletions(network, { vendor: "openai", replies: [replyJson(ANSWER)] });

    const result = await ask("coach", 0.5);

    expect(result).toEqual({ data: ANSWER, provider: "openai", model: "gpt-6-luna" });
    expectChatRequest(requests[0], "openai");
    // gpt-6-luna is a reasoning model: OpenAI rejects a temperature for it.
    expect(requests[0]?.body).not.toHaveProperty("temperature");
    expect(requests[0]?.body).toMatchObject({
      messages: [
        { role: "system", content: "You are a sales coach." },
        { role: "user", content: "Score this call." },
      ],
      response_format: {
        type: "json_schema",
        json_schema: { name: "coach", schema: z.toJSONSchema(schema), strict: false },
      },
    });
  });

  it("OpenAI: honours OPENAI_BASE_URL (a local OpenAI-compatible server)", async () => {
    const baseUrl = "http://localhost:11434/v1";
    configureProviders({ openai: true, openaiBaseUrl: baseUrl });
    const requests = mockChatCompletions(network, { vendor: "openai", baseUrl, replies: [replyJson(ANSWER)] });

    const result = await ask("coach");

    expect(result.data).toEqual(ANSWER);
    expect(requests).toHaveLength(1);
    expectChatRequest(requests[0], "openai", baseUrl);
  });

  it("OpenAI: OPENAI_MODEL names the local server's model, which gets the temperature", async () => {
    const baseUrl = "http://localhost:11434/v1";
    configureProviders({ openai: true, openaiBaseUrl: baseUrl });
    vi.stubEnv("OPENAI_MODEL", "qwen3:8b");
    resetConfig();
    const requests = mockChatCompletions(network, { vendor: "openai", baseUrl, replies: [replyJson(ANSWER)] });

    const result = await ask("coach", 0.4);

    expect(result).toMatchObject({ provider: "openai", model: "qwen3:8b" });
    expect(requests[0]?.body).toMatchObject({ model: "qwen3:8b", temperature: 0.4 });
  });

  it("AI_MODEL_<TASK> puts its vendor and model first for that task only", async () => {
    configureProviders({ gemini: true, groq: true });
    vi.stubEnv("AI_MODEL_QUICK_SCORE", "gemini:gemini-3.5-flash-lite");
    resetConfig();
    const gemini = mockGemini(network, [replyJson(ANSWER)]);

    const result = await ask("quick-score");

    expect(result).toEqual({ data: ANSWER, provider: "gemini", model: "gemini-3.5-flash-lite" });
    expect(gemini[0]?.url.pathname).toBe("/v1beta/models/gemini-3.5-flash-lite:generateContent");
  });

  it("accepts JSON wrapped in a Markdown fence", async () => {
    configureProviders({ gemini: true });
    mockGemini(network, [replyText("```json\n" + JSON.stringify(ANSWER) + "\n```")]);

    expect((await ask("persona")).data).toEqual(ANSWER);
  });
});

describe("generateJson picks providers by task", () => {
  it("asks the task's preferred provider first when several are configured", async () => {
    configureProviders({ gemini: true, groq: true, openai: true });
    const gemini = mockGemini(network, [replyJson(ANSWER)]);
    const groq = mockChatCompletions(network, { vendor: "groq", replies: [replyJson(ANSWER)] });
    const openai = mockChatCompletions(network, { vendor: "openai", replies: [replyJson(ANSWER)] });

    expect((await ask("quick-score")).provider).toBe("groq");
    expect((await ask("persona")).provider).toBe("gemini");
    expect((await ask("coach")).provider).toBe("openai");
    expect([gemini.length, groq.length, openai.length]).toEqual([1, 1, 1]);
  });
});
