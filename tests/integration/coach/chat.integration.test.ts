import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetProviderStatus } from "@/lib/ai/provider-status";
import { ACTION_ITEMS_SUGGESTED } from "@/lib/coach/chat/events";
import { coachActionItems, coachConversations, coachSessions, realtimeEvents } from "@/lib/db/schema";
import { mockChatCompletions } from "../../fixtures/ai/chat-completions";
import { configureProviders } from "../../fixtures/ai/env";
import { mockGemini } from "../../fixtures/ai/gemini";
import { mockOpenAiEmbeddings } from "../../fixtures/ai/openai-embeddings";
import { expectChatRequest, expectGeminiRequest } from "../../fixtures/ai/harness";
import { createGate, replyJson, replyStatus, replyStream } from "../../fixtures/ai/replies";
import { afterQueue, runAfterCallbacks } from "../../fixtures/after";
import { chat, conversationDetail, postChat, userIdOf } from "../../fixtures/coach-chat";
import { errorOf } from "../../fixtures/http";
import { signUpUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
afterEach(() => {
  resetProviderStatus();
  afterQueue.length = 0;
});

const decoder = new TextDecoder();

describe("POST /api/coach/chat with the offline coach", () => {
  it("streams a GROW answer, stores both messages with metadata, and suggests the action item it heard", async () => {
    const user = await signUpUser({ name: "Dana" });
    const first = await chat(user, { message: "I'll call Sarah about the renewal by Friday.", sessionType: "check_in", mode: "text" });
    expect(first.res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(first.res.headers.get("x-ai-provider")).toBe("offline");
    expect(first.res.headers.get("x-coach-offline")).toBe("true");
    expect(first.res.headers.get("x-coach-new-conversation")).toBe("true");
    expect(first.text).toContain("Hi Dana.");
    expect(first.text).toContain("call Sarah about the renewal by Friday");
    await runAfterCallbacks();

    const detail = await conversationDetail(user, first.conversationId);
    expect(detail.conversation).toMatchObject({ title: "I'll call Sarah about the renewal by Friday.", status: "active", messageCount: 2, sessionType: "check_in" });
    expect(detail.messages.map((m) => m.role)).toEqual(["user", "assistant"]);
    expect(detail.messages[1]!.content).toBe(first.text.trim());
    expect(detail.messages[1]!.metadata).toMatchObject({ provider: "offline", model: "grow-coach", offline: true, memories: [] });
    expect(detail.messages[1]!.metadata.latencyMs).toEqual(expect.any(Number));
    expect(detail.messages[1]!.metadata.firstTokenMs).toEqual(expect.any(Number));
    expect(detail.actionItems).toEqual([expect.objectContaining({ status: "suggested", text: expect.stringMatching(/call Sarah about the renewal/i) })]);
    const events = await database.db.select().from(realtimeEvents).where(eq(realtimeEvents.channel, `user:${await userIdOf(user)}`));
    expect(events).toEqual([expect.objectContaining({ type: ACTION_ITEMS_SUGGESTED, payload: { conversationId: first.conversationId, count: 1 } })]);
  });

  it("greets by first name, gives playbook advice, and offers to tick off an action item reported done (only the user's own)", async () => {
    const dana = await signUpUser({ name: "Dana Whitfield" });
    const other = await signUpUser({ name: "Sam Other" });
    const [item] = await database.db
      .insert(coachActionItems)
      .values({ userId: await userIdOf(dana), text: "Send the board update", status: "pending" })
      .returning();

    const stressed = await chat(dana, { message: "I'm overwhelmed and sleeping badly." });
    expect(stressed.text.startsWith("Hi Dana.")).toBe(true);
    expect(stressed.text).not.toContain("Whitfield");
    expect(stressed.text).toMatch(/brain dump|walk|wake-up|screens/);
    await runAfterCallbacks();

    const done = await chat(dana, { message: "I sent the board update this morning.", conversationId: stressed.conversationId });
    expect(JSON.parse(decodeURIComponent(done.res.headers.get("x-coach-done-action-item") ?? "null"))).toEqual({ id: item!.id, text: "Send the board update" });
    expect(done.text).toContain("Shall I tick it off?");
    await runAfterCallbacks();
    const detail = await conversationDetail(dana, stressed.conversationId);
    expect(detail.messages.at(-1)!.metadata).toMatchObject({ doneActionItem: { id: item!.id } });

    const stranger = await chat(other, { message: "I sent the board update this morning." });
    expect(stranger.res.headers.get("x-coach-done-action-item")).toBeNull();
    expect(stranger.text).not.toContain("tick it off");
  });

  it("continues the conversation within 10 minutes and starts a new one after 10 quiet minutes", async () => {
    const user = await signUpUser();
    const first = await chat(user, { message: "I want to hire a head of sales this quarter." });
    await runAfterCallbacks();
    const second = await chat(user, { message: "The problem is we can't match big-company salaries.", conversationId: first.conversationId });
    await runAfterCallbacks();
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.res.headers.get("x-coach-new-conversation")).toBe("false");
    expect(second.text).not.toContain("Hi ");
    expect((await conversationDetail(user, first.conversationId)).messages).toHaveLength(4);

    const quiet = new Date(Date.now() - 11 * 60_000);
    await database.db.update(coachConversations).set({ lastMessageAt: quiet }).where(eq(coachConversations.id, first.conversationId));
    const third = await chat(user, { message: "Back again: what should I do about hiring?", conversationId: first.conversationId });
    await runAfterCallbacks();
    expect(third.conversationId).not.toBe(first.conversationId);
    expect(third.res.headers.get("x-coach-new-conversation")).toBe("true");
    expect(third.res.headers.get("x-coach-ended-conversation-id")).toBe(first.conversationId);
    const old = await conversationDetail(user, first.conversationId);
    expect(old.conversation.status).toBe("ended");
    expect(old.messages).toHaveLength(4);
    const [row] = await database.db.select().from(coachConversations).where(eq(coachConversations.id, first.conversationId));
    expect(row?.endedAt?.getTime()).toBe(quiet.getTime() + 10 * 60_000);
    expect((await conversationDetail(user, third.conversationId)).messages.map((m) => m.content)[0]).toBe("Back again: what should I do about hiring?");
  });

  it("runs a scheduled session: marks it in progress and links the structured conversation", async () => {
    const user = await signUpUser();
    const userId = await userIdOf(user);
    const [session] = await database.db
      .insert(coachSessions)
      .values({ userId, scheduledFor: new Date(Date.now() + 3_600_000), durationMinutes: 30, goal: "Plan the Q3 launch", framework: "GROW" })
      .returning();
    const turn = await chat(user, { message: "Let's plan the launch.", sessionType: "check_in", sessionId: session!.id });
    await runAfterCallbacks();
    expect(turn.res.headers.get("x-coach-session-id")).toBe(session!.id);
    const detail = await conversationDetail(user, turn.conversationId);
    expect(detail.conversation).toMatchObject({ sessionId: session!.id, sessionType: "structured" });
    const [stored] = await database.db.select().from(coachSessions).where(eq(coachSessions.id, session!.id));
    expect(stored?.status).toBe("in_progress");

    await database.db.update(coachSessions).set({ status: "completed" }).where(eq(coachSessions.id, session!.id));
    const over = await postChat(user, { message: "One more thing.", sessionId: session!.id });
    expect(over.status).toBe(409);
  });
});

describe("POST /api/coach/chat with a model", () => {
  it("streams OpenAI's answer and stores it with the model, tokens and timings; sends the coach prompt and history", async () => {
    configureProviders({ openai: true });
    const user = await signUpUser({ name: "Ravi" });
    // Deep memory's embedding fails for the search (the coach answers without it), then works for remembering.
    mockOpenAiEmbeddings(network, { failures: [replyStatus(400)] });
    const requests = mockChatCompletions(network, {
      vendor: "openai",
      replies: [replyStream(["What would ", "success look ", "like for you?"], { usage: { input: 321, output: 9 } }), replyJson({ items: [] })],
    });
    const turn = await chat(user, { message: "Our churn doubled last month.", mode: "voice" });
    await runAfterCallbacks();

    expect(turn.text).toBe("What would success look like for you?");
    expect(turn.res.headers.get("x-ai-provider")).toBe("openai");
    expect(turn.res.headers.get("x-coach-offline")).toBe("false");
    expect(turn.memories).toEqual([]);
    expectChatRequest(requests[0], "openai");
    expect(requests[0]!.body.stream).toBe(true);
    const messages = requests[0]!.body.messages as { role: string; content: string }[];
    expect(messages[0]).toMatchObject({ role: "system", content: expect.stringContaining("You are Cadence Coach") });
    expect(messages[0]!.content).toContain("voice conversation");
    expect(messages.at(-1)).toEqual({ role: "user", content: "Our churn doubled last month." });
    // The second request is the action-item extraction of the same message.
    expect(JSON.stringify(requests[1]!.body)).toContain("Extract the action items");

    const detail = await conversationDetail(user, turn.conversationId);
    expect(detail.conversation.mode).toBe("voice");
    expect(detail.messages[1]).toMatchObject({
      role: "assistant",
      content: "What would success look like for you?",
      metadata: { provider: "openai", model: "gpt-6-luna", inputTokens: 321, outputTokens: 9, offline: false },
    });
  });

  it("streams Gemini's answer, first words before the last are generated, and keeps what was sent when the browser goes away", async () => {
    configureProviders({ gemini: true });
    const user = await signUpUser();
    const gate = createGate();
    const requests = mockGemini(network, [replyStream(["Tell me ", "more about ", "the team."], { release: gate.opened }), replyJson({ items: [] })]);
    const res = await postChat(user, { message: "My team keeps missing deadlines." });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-ai-provider")).toBe("gemini");
    expectGeminiRequest(requests[0], "streamGenerateContent");
    const reader = res.body!.getReader();
    expect(decoder.decode((await reader.read()).value)).toBe("Tell me ");
    // The browser closes the page while Gemini still holds the rest back.
    await reader.cancel();
    gate.open();
    await runAfterCallbacks();

    const detail = await conversationDetail(user, res.headers.get("x-coach-conversation-id")!);
    expect(detail.messages.map((m) => [m.role, m.content])).toEqual([
      ["user", "My team keeps missing deadlines."],
      ["assistant", "Tell me"],
    ]);
    expect(detail.messages[1]!.metadata).toMatchObject({ provider: "gemini", model: "gemini-3.8-flash" });
  });
});

describe("bad input and other people's conversations", () => {
  it("rejects an empty, blank or over-8,000-character message, and unknown fields' values", async () => {
    const user = await signUpUser();
    for (const body of [{ message: "" }, { message: "   \n " }, { message: "x".repeat(8_001) }, {}, { message: "hi", sessionType: "therapy" }, { message: "hi", mode: "video" }, { message: "hi", conversationId: "nope" }]) {
      const res = await postChat(user, body);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect((await errorOf(res)).code).toBe("VALIDATION_ERROR");
    }
    const longest = await postChat(user, { message: "x".repeat(8_000) });
    expect(longest.status).toBe(200);
    await longest.text();
  });

  it("answers 404 for another user's (or an unknown) conversation or session, and never shows them", async () => {
    const alice = await signUpUser();
    const bob = await signUpUser();
    const turn = await chat(alice, { message: "Private: we are about to raise a seed round." });
    await runAfterCallbacks();
    const [session] = await database.db
      .insert(coachSessions)
      .values({ userId: await userIdOf(alice), scheduledFor: new Date(Date.now() + 3_600_000), durationMinutes: 30, goal: "Seed round", framework: "GROW" })
      .returning();

    for (const body of [
      { message: "hi", conversationId: turn.conversationId },
      { message: "hi", conversationId: crypto.randomUUID() },
      { message: "hi", sessionId: session!.id },
    ]) {
      const res = await postChat(bob, body);
      expect(res.status).toBe(404);
      expect((await errorOf(res)).code).toBe("NOT_FOUND");
    }
    const detail = await conversationDetail(alice, turn.conversationId);
    expect(detail.messages).toHaveLength(2);
    const [stored] = await database.db.select().from(coachSessions).where(eq(coachSessions.id, session!.id));
    expect(stored?.status).toBe("scheduled");
  });
});
