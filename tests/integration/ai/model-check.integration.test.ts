import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { GET } from "@/app/api/health/route";
import { generateJson } from "@/lib/ai/llm";
import { checkModels, resetModelStatus } from "@/lib/ai/model-check";
import { resetProviderStatus } from "@/lib/ai/provider-status";
import { resetConfig } from "@/lib/config";
import { mockChatCompletions } from "../../fixtures/ai/chat-completions";
import { configureProviders, TEST_KEYS } from "../../fixtures/ai/env";
import { mockGemini } from "../../fixtures/ai/gemini";
import { recordSleeps } from "../../fixtures/ai/harness";
import { mockChatVendorModels, mockGeminiModels } from "../../fixtures/ai/list-models";
import { replyJson, replyStatus } from "../../fixtures/ai/replies";
import { call } from "../../fixtures/http";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

const database = useTestDatabase();
afterEach(() => {
  resetModelStatus();
  resetProviderStatus();
});

type ModelEntry = { vendor: string; model: string; tasks: string[]; status: string };

async function healthModels(): Promise<ModelEntry[]> {
  const res = await call(GET, "/api/health");
  return ((await res.json()) as { models: ModelEntry[] }).models;
}

const statusOf = (models: ModelEntry[], vendor: string, model: string) =>
  models.find((m) => m.vendor === vendor && m.model === model)?.status;

describe("model check against the vendors' model lists", () => {
  it("a listed model is ok, an unlisted one model_unavailable, a rejected key key_rejected", async () => {
    configureProviders({ gemini: true, groq: true, openai: true });
    const openai = mockChatVendorModels(network, "openai", { ids: ["gpt-6-luna", "text-embedding-3-small"] });
    const groq = mockChatVendorModels(network, "groq", { ids: ["openai/gpt-oss-20b"] });
    const gemini = mockGeminiModels(network, { status: 403 });

    expect((await healthModels()).every((m) => m.status === "unchecked")).toBe(true);
    await checkModels();
    const models = await healthModels();

    expect(statusOf(models, "openai", "gpt-6-luna")).toBe("ok");
    expect(statusOf(models, "openai", "text-embedding-3-small")).toBe("ok");
    expect(statusOf(models, "groq", "openai/gpt-oss-120b")).toBe("model_unavailable");
    expect(statusOf(models, "gemini", "gemini-3.8-flash")).toBe("key_rejected");
    expect(models.find((m) => m.vendor === "openai" && m.model === "text-embedding-3-small")?.tasks).toEqual(["embeddings"]);
    expect(models.find((m) => m.vendor === "groq")?.tasks).toContain("persona-reply");
    // One list request per vendor, with that vendor's credentials.
    expect(openai).toHaveLength(1);
    expect(openai[0]?.headers.get("authorization")).toBe(`Bearer ${TEST_KEYS.openai}`);
    expect(groq[0]?.headers.get("authorization")).toBe(`Bearer ${TEST_KEYS.groq}`);
    expect(gemini[0]?.headers.get("x-goog-api-key")).toBe(TEST_KEYS.gemini);
  });

  it("a vendor that cannot be reached is unreachable; per-task overrides are checked too", async () => {
    configureProviders({ groq: true, openai: true });
    vi.stubEnv("AI_MODEL_DEEP_SCORE", "openai:gpt-6.1-terra");
    resetConfig();
    mockChatVendorModels(network, "groq", "network-error");
    mockChatVendorModels(network, "openai", { ids: ["gpt-6-luna", "gpt-6.1-terra", "text-embedding-3-small"] });

    const models = await checkModels();

    expect(statusOf(models, "groq", "openai/gpt-oss-120b")).toBe("unreachable");
    expect(models.find((m) => m.model === "gpt-6.1-terra")).toEqual({ vendor: "openai", model: "gpt-6.1-terra", tasks: ["deep-score"], status: "ok" });
  });

  it("asks an OpenAI-compatible server (OPENAI_BASE_URL) for its own models", async () => {
    const baseUrl = "http://localhost:11434/v1";
    configureProviders({ openai: true, openaiBaseUrl: baseUrl });
    vi.stubEnv("OPENAI_MODEL", "qwen3");
    vi.stubEnv("OPENAI_EMBEDDING_MODEL", "nomic-embed-text");
    resetConfig();
    mockChatVendorModels(network, "openai", { ids: ["qwen3:latest", "llama3.2:3b"] }, baseUrl);

    const models = await checkModels();

    // Ollama serves an untagged name as its ":latest" tag.
    expect(statusOf(models, "openai", "qwen3")).toBe("ok");
    expect(statusOf(models, "openai", "nomic-embed-text")).toBe("model_unavailable");
  });

  it("a model-not-found answer during a request is not retried: the next vendor answers at once", async () => {
    configureProviders({ gemini: true, openai: true });
    const gemini = mockGemini(network, [replyStatus(404), replyJson({ ok: true })]);
    const openai = mockChatCompletions(network, { vendor: "openai", replies: [replyJson({ ok: true })] });
    const sleeps = recordSleeps();

    const result = await generateJson({
      db: database.db,
      task: "deep-score",
      schema: z.object({ ok: z.boolean() }),
      prompt: "Score it.",
      temperature: 0,
      sleep: sleeps.sleep,
    });

    expect(result).toMatchObject({ provider: "openai", model: "gpt-6-luna" });
    expect(gemini).toHaveLength(1);
    expect(openai).toHaveLength(1);
    expect(sleeps.delays).toEqual([]);
    expect(statusOf(await healthModels(), "gemini", "gemini-3.8-flash")).toBe("model_unavailable");
  });
});
