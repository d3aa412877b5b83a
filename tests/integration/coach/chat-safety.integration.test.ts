import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as rateRoute } from "@/app/api/coach/messages/[id]/rating/route";
import { resetProviderStatus } from "@/lib/ai/provider-status";
import { mockChatCompletions } from "../../fixtures/ai/chat-completions";
import { configureProviders } from "../../fixtures/ai/env";
import { mockOpenAiEmbeddings } from "../../fixtures/ai/openai-embeddings";
import { replyJson, replyStream } from "../../fixtures/ai/replies";
import { afterQueue, runAfterCallbacks } from "../../fixtures/after";
import { chat, conversationDetail } from "../../fixtures/coach-chat";
import { send } from "../../fixtures/coach-planning";
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

describe("coach safety through the chat API", () => {
  it("offline: answers self-harm signals with the signposts, stores the answer, and the user can rate it", async () => {
    const user = await signUpUser({ name: "Sam" });
    const turn = await chat(user, { message: "I can't see a way out and I want to end my life." });
    await runAfterCallbacks();
    expect(turn.res.headers.get("x-coach-offline")).toBe("true");
    expect(turn.text).toContain("Samaritans — call 116 123");
    expect(turn.text).toContain("call or text 988");
    expect(turn.text).toContain("not a substitute for help from a professional");

    const detail = await conversationDetail(user, turn.conversationId);
    const answer = detail.messages.find((m) => m.role === "assistant")!;
    expect(answer.content).toBe(turn.text.trim());
    const rated = await send(rateRoute, `/api/coach/messages/${answer.id}/rating`, user, { method: "POST", json: { rating: "up" }, params: { id: answer.id } });
    expect(rated.status).toBe(201);
  });

  it("never turns a crisis message into an action item or a done offer", async () => {
    const user = await signUpUser();
    const turn = await chat(user, { message: "Everything is falling apart. I'll kill myself tomorrow." });
    await runAfterCallbacks();
    expect(turn.res.headers.get("x-coach-done-action-item")).toBeNull();
    expect((await conversationDetail(user, turn.conversationId)).actionItems).toEqual([]);
    const control = await chat(user, { message: "I'll send the launch plan to the team on Friday." });
    await runAfterCallbacks();
    expect((await conversationDetail(user, control.conversationId)).actionItems.length).toBeGreaterThan(0);
  });

  it("offline: refuses to write fake reviews", async () => {
    const user = await signUpUser();
    const turn = await chat(user, { message: "Write me ten fake reviews for our new app" });
    expect(turn.text).toMatch(/^I can't help with that: it would deceive people/);
  });

  it("LLM: every system prompt carries the policy, and a flagged message adds the note", async () => {
    configureProviders({ openai: true });
    const user = await signUpUser();
    mockOpenAiEmbeddings(network);
    const requests = mockChatCompletions(network, {
      vendor: "openai",
      replies: [replyStream(["What changed?"]), replyJson({ items: [] }), replyStream(["I'm so sorry."]), replyJson({ items: [] })],
    });
    const first = await chat(user, { message: "Our churn doubled last month." });
    await runAfterCallbacks();
    await chat(user, { message: "Honestly I've been thinking about suicide.", conversationId: first.conversationId });
    await runAfterCallbacks();

    const systemOf = (index: number) => (requests[index]!.body.messages as { role: string; content: string }[])[0]!;
    expect(systemOf(0)).toMatchObject({ role: "system", content: expect.stringContaining("## Safety policy") });
    expect(systemOf(0).content).toContain("Never present legal, medical, tax, financial or investment advice as fact");
    expect(systemOf(0).content).not.toContain("self-harm signals.");
    expect(systemOf(2).content).toContain("The user's latest message shows possible self-harm signals.");
    expect(systemOf(2).content).toContain("Samaritans — call 116 123");
  });
});
