// The LLM translation engine (task "translate") through the router, against an msw'd Groq: what we
// send (the pair, the text with glossary terms behind placeholders, the JSON contract) and what we
// make of the answer.
import { afterEach, describe, expect, it } from "vitest";
import { POST as translateRoute } from "@/app/api/translate/route";
import { resetProviderStatus } from "@/lib/ai/provider-status";
import { glossaryTerms } from "@/lib/db/schema";
import { mockChatCompletions } from "../../fixtures/ai/chat-completions";
import { configureProviders } from "../../fixtures/ai/env";
import { replyJson, replyStatus } from "../../fixtures/ai/replies";
import { chatUser } from "../../fixtures/chat-user";
import { call, errorOf } from "../../fixtures/http";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

const database = useTestDatabase();
afterEach(() => resetProviderStatus());

const post = (cookie: string, json: unknown) => call(translateRoute, "/api/translate", { method: "POST", cookie, json });

type Message = { role: string; content: string };
const messagesOf = (body: Record<string, unknown>) => body.messages as Message[];

describe("LLM translation", () => {
  it("asks the model for the pair by name with the text, and keeps glossary terms out of its hands", async () => {
    configureProviders({ groq: true });
    const user = await chatUser(database.db, "en");
    await database.db.insert(glossaryTerms).values({ userId: user.id, term: "Cadence" });
    const requests = mockChatCompletions(network, { vendor: "groq", replies: [replyJson({ translation: "⟦0⟧へようこそ、良い一日を！", confidence: 0.82 })] });

    const res = await post(user.cookie, { text: "Welcome to Cadence, have a good day!", from: "en", to: "ja" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ text: "Cadenceへようこそ、良い一日を！", from: "en", engine: "llm", cached: false });

    const messages = messagesOf(requests[0]!.body);
    const system = messages.find((m) => m.role === "system")!.content;
    const prompt = messages.find((m) => m.role === "user")!.content;
    expect(system).toContain("⟦n⟧ placeholders");
    expect(system).toContain("JSON");
    expect(prompt).toContain("Translate from English (en) to Japanese (ja)");
    expect(prompt).toContain("Welcome to ⟦0⟧, have a good day!");
    expect(prompt).not.toContain("Cadence");
  });

  it("answers 422 TRANSLATION_UNAVAILABLE when the model fails and no other engine has the pair", async () => {
    configureProviders({ groq: true });
    const user = await chatUser(database.db, "en");
    mockChatCompletions(network, { vendor: "groq", replies: [replyStatus(400)] });
    const res = await post(user.cookie, { text: "See you tomorrow", from: "en", to: "ja" });
    expect(res.status).toBe(422);
    expect((await errorOf(res)).code).toBe("TRANSLATION_UNAVAILABLE");
  });
});
