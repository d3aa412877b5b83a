import "server-only";
import { summariseContextUsed } from "../why/context-used";
import { eq, sql } from "drizzle-orm";
import { streamText, type StreamSummary, type TextStream } from "../../ai/llm";
import { coachConversations, coachMessages, type CoachMessageMetadata } from "../../db/schema";
import type { Db } from "../../db/types";
import { log } from "../../log";
import { publish } from "../../realtime/bus";
import { extractConversationActionItems } from "../planning/action-items";
import type { ChatRequest } from "./chat-schemas";
import { openTurn } from "./chat-turn";
import type { OfflineCoachContext } from "./coach-engine";
import "./coach-engine-register";
import { findDoneActionItem } from "../offline-reply/done-commitment";
import { ACTION_ITEMS_SUGGESTED, type ActionItemsSuggestedPayload } from "./events";
import { assembleCoachContext } from "./context";
import { clip } from "./context-tiers";
import { type Memory, rememberMessages } from "../memories/memory";
import { buildCoachSystemPrompt } from "./prompts";
import { classifyMessage } from "../safety/classify-message";
import { getCarriedCommitments } from "../carry-forward/carried-commitments";

/** What the browser needs before the first word: which conversation, who answers, and the memories
 * the coach was shown (for the "remembered from" chips). */
export type ChatTurnInfo = {
  conversationId: string;
  newConversation: boolean;
  endedConversationId: string | null;
  userMessageId: string;
  sessionId: string | null;
  provider: string;
  model: string;
  offline: boolean;
  memories: Pick<Memory, "messageId" | "createdAt" | "snippet">[];
  doneActionItem: { id: string; text: string } | null;
};

const HEADER_SNIPPET_CHARS = 160;

/** Passes the deltas on while keeping what was sent and when it stopped, so a reply cut short (the
 * browser went away, a provider failed mid-way) is still stored as far as it got. */
function tapStream(stream: TextStream) {
  const tap = { text: "", endedAt: 0 };
  async function* read() {
    try {
      for await (const delta of stream) {
        tap.text += delta;
        yield delta;
      }
    } finally {
      tap.endedAt = performance.now();
    }
  }
  const deltas = read();
  const tapped: TextStream = { provider: stream.provider, model: stream.model, summary: stream.summary, [Symbol.asyncIterator]: () => deltas };
  return { tapped, tap };
}

/** One coach turn: stores the user's message, assembles the context, and streams the answer (an LLM,
 * or the offline GROW coach). Run `persist` once the stream has been read (it stores the answer with
 * its metadata) and `followUp` after the response (action items, deep memory). */
export async function replyAsCoach({ db, userId, request, now = new Date() }: { db: Db; userId: string; request: ChatRequest; now?: Date }) {
  const turn = await openTurn({ db, userId, request, now });
  const { conversation, userMessage } = turn;
  const context = await assembleCoachContext({
    db,
    userId,
    message: request.message,
    sessionType: conversation.sessionType,
    conversationId: conversation.id,
    excludeMessageIds: turn.ownMessageIds,
    now,
  });
  const memories = context.memory.memories;
  const safety = classifyMessage(request.message);
  // Someone in crisis is not offered a checklist.
  const doneActionItem = safety.kind === "crisis" ? null : findDoneActionItem({ message: request.message, items: context.actionItems });
  const carried = turn.session ? (await getCarriedCommitments({ db, userId, sessionId: turn.session.id, now })).items : [];
  const offlineContext: OfflineCoachContext = {
    name: context.user.name,
    timezone: context.user.timezone,
    goals: context.goals,
    memories,
    profile: context.profile,
    coachStyle: context.user.coachStyle,
    actionItems: context.actionItems,
    carried,
    practice: context.practice ?? null,
  };
  const started = performance.now();
  const stream = await streamText({
    db,
    userId,
    task: "coach",
    system: buildCoachSystemPrompt({ context, sessionType: conversation.sessionType, mode: request.mode, session: turn.session, safety, carried }),
    messages: turn.history,
    temperature: 0.7,
    context: offlineContext,
  });
  const firstTokenMs = Math.round(performance.now() - started);
  const { tapped, tap } = tapStream(stream);

  const persist = async () => {
    const summary = await stream.summary.catch((error: unknown): StreamSummary | null => {
      log.warn({ err: error, conversationId: conversation.id }, "coach answer stopped part-way");
      return null;
    });
    const text = (summary?.text ?? tap.text).trim();
    if (!text) return null;
    const latencyMs = Math.round((tap.endedAt || performance.now()) - started);
    const metadata: CoachMessageMetadata = {
      provider: stream.provider,
      model: stream.model,
      ...(summary?.usage.inputTokens != null ? { inputTokens: summary.usage.inputTokens } : {}),
      ...(summary?.usage.outputTokens != null ? { outputTokens: summary.usage.outputTokens } : {}),
      latencyMs,
      firstTokenMs,
      offline: stream.provider === "offline",
      memories,
      contextUsed: summariseContextUsed({ context, playbookIds: stream.provider === "offline" ? offlineContext.outcome?.playbookIds : [] }),
      ...(doneActionItem ? { doneActionItem: { id: doneActionItem.id, text: doneActionItem.text } } : {}),
    };
    // Dated from the turn's clock, so the answer always sorts after the message it answers.
    const createdAt = new Date(now.getTime() + Math.max(1, latencyMs));
    const [answer] = await db
      .insert(coachMessages)
      .values({ conversationId: conversation.id, userId, role: "assistant", content: text, metadata, createdAt })
      .returning();
    await db
      .update(coachConversations)
      .set({ messageCount: sql`${coachConversations.messageCount} + 1`, lastMessageAt: createdAt })
      .where(eq(coachConversations.id, conversation.id));
    return answer ?? null;
  };

  const followUp = async () => {
    // Nor is a crisis message ever turned into an action item ("I'll …" is not a plan here).
    const suggested = safety.kind === "crisis" ? [] : await extractConversationActionItems({ db, userId, conversationId: conversation.id, text: request.message, now });
    if (suggested.length > 0) {
      await publish({ db, channel: `user:${userId}`, type: ACTION_ITEMS_SUGGESTED, payload: { conversationId: conversation.id, count: suggested.length } satisfies ActionItemsSuggestedPayload });
    }
    await rememberMessages({ db, messages: [userMessage] });
  };

  const info: ChatTurnInfo = {
    conversationId: conversation.id,
    newConversation: conversation.messageCount === 1,
    endedConversationId: turn.endedConversationId,
    userMessageId: userMessage.id,
    sessionId: conversation.sessionId,
    provider: stream.provider,
    model: stream.model,
    offline: stream.provider === "offline",
    memories: memories.map((m) => ({ messageId: m.messageId, createdAt: m.createdAt, snippet: clip(m.snippet, HEADER_SNIPPET_CHARS) })),
    doneActionItem: doneActionItem ? { id: doneActionItem.id, text: doneActionItem.text } : null,
  };
  return { stream: tapped, info, persist, followUp };
}

/** The turn info as response headers; the memories are URI-encoded JSON (header values are ASCII). */
export function chatTurnHeaders(info: ChatTurnInfo): Record<string, string> {
  return {
    "x-coach-conversation-id": info.conversationId,
    "x-coach-new-conversation": String(info.newConversation),
    ...(info.endedConversationId ? { "x-coach-ended-conversation-id": info.endedConversationId } : {}),
    "x-coach-user-message-id": info.userMessageId,
    ...(info.sessionId ? { "x-coach-session-id": info.sessionId } : {}),
    "x-coach-offline": String(info.offline),
    "x-coach-memories": encodeURIComponent(JSON.stringify(info.memories)),
    ...(info.doneActionItem ? { "x-coach-done-action-item": encodeURIComponent(JSON.stringify(info.doneActionItem)) } : {}),
  };
}
