import "server-only";
import { and, asc, count, desc, eq, gt, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import { coachActionItems, coachConversations, coachMessageRatings, coachMessages, type CoachConversation, type CoachMessage, type CoachMessageRating } from "../../db/schema";
import type { Db } from "../../db/types";
import { notFound } from "../../http";
import type { listConversationsSchema } from "./chat-schemas";
import { clip } from "./context-tiers";

/** A conversation with no message for this long has ended; the next message starts a new one. */
export const IDLE_MS = 10 * 60_000;
export const TITLE_CHARS = 80;

/** When an idle conversation ended: IDLE_MS after its last message. */
export const quietSinceSql = sql`${coachConversations.lastMessageAt} + ${`${IDLE_MS} milliseconds`}::interval`;

export function titleOf(firstMessage: string): string {
  return clip(firstMessage, TITLE_CHARS);
}

/** Ended either explicitly or by sitting idle past IDLE_MS (before the job has marked it). */
export function hasEnded(conversation: Pick<CoachConversation, "status" | "lastMessageAt">, now: Date): boolean {
  return conversation.status === "ended" || now.getTime() - conversation.lastMessageAt.getTime() >= IDLE_MS;
}

export function toPublicConversation(c: CoachConversation, now = new Date()) {
  return {
    id: c.id,
    title: c.title,
    sessionType: c.sessionType,
    mode: c.mode,
    sessionId: c.sessionId,
    status: hasEnded(c, now) ? ("ended" as const) : ("active" as const),
    messageCount: c.messageCount,
    startedAt: c.startedAt.toISOString(),
    lastMessageAt: c.lastMessageAt.toISOString(),
    endedAt: c.endedAt?.toISOString() ?? null,
    /** When it ended, or when it will end if no message comes before then. */
    endsAt: (c.endedAt ?? new Date(c.lastMessageAt.getTime() + IDLE_MS)).toISOString(),
  };
}

/** `rating`: the user's own thumbs on this answer, if they gave one. */
export function toPublicMessage(m: CoachMessage, rating: Pick<CoachMessageRating, "rating" | "note"> | null = null) {
  return { id: m.id, role: m.role, content: m.content, metadata: m.metadata, createdAt: m.createdAt.toISOString(), rating };
}

export type PublicConversation = ReturnType<typeof toPublicConversation>;
export type PublicCoachMessage = ReturnType<typeof toPublicMessage>;

/** The user's conversation, or 404 (also for another user's). */
export async function getOwnConversation({ db, userId, conversationId }: { db: Db; userId: string; conversationId: string }) {
  const [row] = await db
    .select()
    .from(coachConversations)
    .where(and(eq(coachConversations.id, conversationId), eq(coachConversations.userId, userId)));
  if (!row) throw notFound("conversation");
  return row;
}

/** The user's conversations, newest first, one page at a time. */
export async function listConversations({
  db,
  userId,
  query,
  now = new Date(),
}: {
  db: Db;
  userId: string;
  query: z.infer<typeof listConversationsSchema>;
  now?: Date;
}) {
  const where = eq(coachConversations.userId, userId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(coachConversations)
      .where(where)
      .orderBy(desc(coachConversations.lastMessageAt), desc(coachConversations.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(coachConversations).where(where),
  ]);
  return {
    conversations: rows.map((c) => toPublicConversation(c, now)),
    page: query.page,
    pageSize: query.pageSize,
    total: total?.n ?? 0,
  };
}

/** One conversation with its messages (oldest first) and the action items suggested from it. */
export async function getConversationDetail({ db, userId, conversationId, now = new Date() }: { db: Db; userId: string; conversationId: string; now?: Date }) {
  const conversation = await getOwnConversation({ db, userId, conversationId });
  const [messages, actionItems] = await Promise.all([
    db
      .select({ message: coachMessages, rating: coachMessageRatings.rating, note: coachMessageRatings.note })
      .from(coachMessages)
      .leftJoin(coachMessageRatings, and(eq(coachMessageRatings.messageId, coachMessages.id), eq(coachMessageRatings.userId, userId)))
      .where(and(eq(coachMessages.conversationId, conversationId), eq(coachMessages.userId, userId)))
      .orderBy(asc(coachMessages.createdAt), desc(coachMessages.role)),
    db
      .select({ id: coachActionItems.id, text: coachActionItems.text, dueDate: coachActionItems.dueDate, status: coachActionItems.status })
      .from(coachActionItems)
      .where(
        and(
          eq(coachActionItems.conversationId, conversationId),
          eq(coachActionItems.userId, userId),
          inArray(coachActionItems.status, ["suggested", "pending", "done"]),
        ),
      )
      .orderBy(asc(coachActionItems.createdAt)),
  ]);
  return {
    conversation: toPublicConversation(conversation, now),
    messages: messages.map((m) => toPublicMessage(m.message, m.rating ? { rating: m.rating, note: m.note } : null)),
    actionItems,
  };
}

/** The conversation `/coach` opens on: the user's latest one still live (not ended, not idle), in
 * `sessionId` when given; null when there is none. */
export async function findLiveConversation({
  db,
  userId,
  sessionId,
  now = new Date(),
}: {
  db: Db;
  userId: string;
  sessionId?: string;
  now?: Date;
}): Promise<PublicConversation | null> {
  const [row] = await db
    .select()
    .from(coachConversations)
    .where(
      and(
        eq(coachConversations.userId, userId),
        eq(coachConversations.status, "active"),
        gt(coachConversations.lastMessageAt, new Date(now.getTime() - IDLE_MS)),
        sessionId ? eq(coachConversations.sessionId, sessionId) : undefined,
      ),
    )
    .orderBy(desc(coachConversations.lastMessageAt), desc(coachConversations.id))
    .limit(1);
  return row ? toPublicConversation(row, now) : null;
}

/** The live conversation `/coach` opens on, with its messages; null when there is none to resume. */
export async function resumeConversation({ db, userId, sessionId, now = new Date() }: { db: Db; userId: string; sessionId?: string; now?: Date }) {
  const live = await findLiveConversation({ db, userId, sessionId, now });
  return live ? getConversationDetail({ db, userId, conversationId: live.id, now }) : null;
}
