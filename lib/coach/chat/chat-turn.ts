import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { ChatMessage } from "../../ai/llm";
import { coachConversations, coachMessages, coachSessions, type CoachConversation, type CoachMessage } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError, notFound } from "../../http";
import type { ChatRequest } from "./chat-schemas";
import { getOwnConversation, hasEnded, quietSinceSql, titleOf } from "./conversations";
import type { PromptSession } from "./prompts";

/** How many earlier messages of the conversation the model sees. */
const HISTORY_MESSAGES = 20;

type TurnArgs = { db: Db; userId: string; request: ChatRequest; now: Date };

export type OpenedTurn = {
  conversation: CoachConversation;
  /** Set when the conversation asked for had gone quiet for 10 minutes, so this one replaced it. */
  endedConversationId: string | null;
  userMessage: CoachMessage;
  session: (PromptSession & { id: string }) | null;
  history: ChatMessage[];
  /** The conversation's own user messages: deep memory need not bring them back. */
  ownMessageIds: string[];
};

/** The user's session, which a message in it marks in progress; 404 when it is not theirs, 409
 * when it is over. */
async function joinSession({ db, userId, sessionId }: { db: Db; userId: string; sessionId: string }) {
  const [session] = await db
    .select()
    .from(coachSessions)
    .where(and(eq(coachSessions.id, sessionId), eq(coachSessions.userId, userId)));
  if (!session) throw notFound("session");
  if (session.status === "completed" || session.status === "cancelled") {
    throw apiError("CONFLICT", "coach.sessionOver", { values: { status: session.status } });
  }
  if (session.status === "scheduled") {
    await db.update(coachSessions).set({ status: "in_progress" }).where(eq(coachSessions.id, session.id));
  }
  return { id: session.id, goal: session.goal, framework: session.framework, durationMinutes: session.durationMinutes };
}

async function linkedSession({ db, sessionId }: { db: Db; sessionId: string }) {
  const [session] = await db.select().from(coachSessions).where(eq(coachSessions.id, sessionId));
  return session ? { id: session.id, goal: session.goal, framework: session.framework, durationMinutes: session.durationMinutes } : null;
}

/** The conversation to continue, or null when a new one starts (none asked for, or it has ended). */
async function continuedConversation({ db, userId, conversationId, now }: { db: Db; userId: string; conversationId?: string; now: Date }) {
  if (!conversationId) return { conversation: null, endedConversationId: null };
  const existing = await getOwnConversation({ db, userId, conversationId });
  if (!hasEnded(existing, now)) return { conversation: existing, endedConversationId: null };
  if (existing.status === "active") {
    await db
      .update(coachConversations)
      .set({ status: "ended", endedAt: quietSinceSql })
      .where(eq(coachConversations.id, existing.id));
  }
  return { conversation: null, endedConversationId: existing.id };
}

/** Opens the turn: finds or starts the conversation, joins the session, stores the user's message
 * and returns the conversation so far for the model. */
export async function openTurn({ db, userId, request, now }: TurnArgs): Promise<OpenedTurn> {
  const found = await continuedConversation({ db, userId, conversationId: request.conversationId, now });
  const joined = request.sessionId ? await joinSession({ db, userId, sessionId: request.sessionId }) : null;
  const sessionId = joined?.id ?? found.conversation?.sessionId ?? null;

  const { conversation, userMessage } = await db.transaction(async (tx) => {
    const [conversation] = found.conversation
      ? await tx
          .update(coachConversations)
          .set({
            messageCount: sql`${coachConversations.messageCount} + 1`,
            lastMessageAt: now,
            sessionId,
            ...(request.mode === "voice" ? { mode: "voice" as const } : {}),
          })
          .where(eq(coachConversations.id, found.conversation.id))
          .returning()
      : await tx
          .insert(coachConversations)
          .values({
            userId,
            sessionType: joined ? "structured" : request.sessionType,
            mode: request.mode,
            sessionId,
            title: titleOf(request.message),
            messageCount: 1,
            startedAt: now,
            lastMessageAt: now,
          })
          .returning();
    if (!conversation) throw new Error("conversation not stored");
    const [userMessage] = await tx
      .insert(coachMessages)
      .values({ conversationId: conversation.id, userId, role: "user", content: request.message, createdAt: now })
      .returning();
    if (!userMessage) throw new Error("message not stored");
    return { conversation, userMessage };
  });

  const recent = await db
    .select({ id: coachMessages.id, role: coachMessages.role, content: coachMessages.content })
    .from(coachMessages)
    .where(eq(coachMessages.conversationId, conversation.id))
    .orderBy(desc(coachMessages.createdAt), asc(coachMessages.role))
    .limit(HISTORY_MESSAGES);
  const history = recent.reverse();
  const session = joined ?? (sessionId ? await linkedSession({ db, sessionId }) : null);
  return {
    conversation,
    endedConversationId: found.endedConversationId,
    userMessage,
    session,
    history: history.map((m) => ({ role: m.role, content: m.content })),
    ownMessageIds: history.filter((m) => m.role === "user").map((m) => m.id),
  };
}
