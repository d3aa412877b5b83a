import { afterEach, describe, expect, it, vi } from "vitest";
import { PATCH as patchMe } from "@/app/api/me/route";
import { resetProviderStatus } from "@/lib/ai/provider-status";
import { configureProviders } from "../../fixtures/ai/env";
import { mockChatCompletions } from "../../fixtures/ai/chat-completions";
import { replyStream } from "../../fixtures/ai/replies";
import { afterQueue } from "../../fixtures/after";
import { call } from "../../fixtures/http";
import { createAndStartCall, personaReply, sayAsRep } from "../../fixtures/practice";
import { signUpUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

useTestDatabase();
afterEach(() => {
  resetProviderStatus();
  afterQueue.length = 0;
});

function systemMessage(body: Record<string, unknown>): string {
  const messages = body.messages as { role: string; content: string }[];
  return messages.find((m) => m.role === "system")?.content ?? "";
}

describe("the buyer's language with a model connected", () => {
  it("asks the model to answer in the rep's preferred language", async () => {
    const user = await signUpUser();
    const res = await call(patchMe, "/api/me", { method: "PATCH", cookie: user.cookie, json: { preferredLanguage: "es" } });
    expect(res.status).toBe(200);
    const { callId } = await createAndStartCall(user);
    await sayAsRep(user, callId, "¿Cómo gestionan hoy la incorporación de clientes?", 4_000);
    configureProviders({ groq: true });
    const groq = mockChatCompletions(network, { vendor: "groq", replies: [replyStream(["Hoy lo ", "hacemos a mano."])] });

    const { res: reply, text } = await personaReply(user, callId);

    expect(reply.status).toBe(200);
    expect(text).toBe("Hoy lo hacemos a mano.");
    expect(groq).toHaveLength(1);
    expect(systemMessage(groq[0]!.body)).toContain("Always answer in Spanish (es)");
  });

  it("adds no language line for an English-speaking rep", async () => {
    const user = await signUpUser();
    const { callId } = await createAndStartCall(user);
    await sayAsRep(user, callId, "How do you onboard customers today?", 4_000);
    configureProviders({ groq: true });
    const groq = mockChatCompletions(network, { vendor: "groq", replies: [replyStream(["By hand."])] });

    await personaReply(user, callId);

    expect(systemMessage(groq[0]!.body)).not.toMatch(/Always answer in/);
  });
});
