import { afterEach, describe, expect, it } from "vitest";
import { resetProviderStatus } from "@/lib/ai/provider-status";
import { detectEmotions } from "@/lib/emotion/detect-emotions";
import { EMOTIONS } from "@/lib/emotion/emotions";
import { mockChatCompletions } from "../../fixtures/ai/chat-completions";
import { configureProviders } from "../../fixtures/ai/env";
import { replyJson } from "../../fixtures/ai/replies";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

const database = useTestDatabase();
afterEach(() => resetProviderStatus());

const LLM_SCORES = Object.fromEntries(EMOTIONS.map((e) => [e, e === "lonely" ? 0.9 : 0.1]));

describe("detectEmotions", () => {
  it("asks the configured LLM with the text and returns its schema-valid scores", async () => {
    configureProviders({ groq: true });
    const requests = mockChatCompletions(network, { vendor: "groq", replies: [replyJson(LLM_SCORES)] });
    const result = await detectEmotions({ db: database.db, text: "Nobody called me today." });
    expect(result.scores.lonely).toBe(0.9);
    expect(result.top[0]).toBe("lonely");
    expect(result.engine).toMatch(/^llm:groq:/);
    const messages = requests[0]?.body?.messages as { content: string }[];
    expect(messages.at(-1)?.content).toContain("Nobody called me today.");
  });

  it("falls back to the offline lexicon when the LLM answers out of range", async () => {
    configureProviders({ groq: true });
    const bad = { ...LLM_SCORES, lonely: 7 };
    mockChatCompletions(network, { vendor: "groq", replies: [replyJson(bad), replyJson(bad), replyJson(bad), replyJson(bad)] });
    const result = await detectEmotions({ db: database.db, text: "I am so anxious and nervous." });
    expect(result.engine).toBe("offline-lexicon");
    expect(result.top[0]).toBe("anxious");
  });

  it("uses the lexicon when no provider is configured", async () => {
    configureProviders({});
    const result = await detectEmotions({ db: database.db, text: "I feel calm and peaceful." });
    expect(result).toMatchObject({ engine: "offline-lexicon", top: ["calm"] });
  });
});
