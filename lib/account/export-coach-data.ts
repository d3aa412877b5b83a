import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import { isMemoryAvailable } from "../coach/memories/memory";
import {
  coachActionItems,
  coachConversations,
  coachDailySummaries,
  coachGoals,
  coachMessageRatings,
  coachMessages,
  coachProfiles,
  coachSessions,
  coachWeeklySummaries,
} from "../db/schema";
import { rowsOf } from "../db/rows";
import type { Db } from "../db/types";

// Memory vectors are derived from the exported messages; their count says they exist without
// shipping 1,536 floats per message.
async function countMemoryVectors({ db, userId }: { db: Db; userId: string }): Promise<number | null> {
  if (!(await isMemoryAvailable(db))) return null;
  const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from coach_memory_vectors where user_id = ${userId}`);
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}

/** Everything the coach stored for the user: profile, goals, sessions, conversations with their
 * messages, the ratings they gave answers, action items, daily and weekly summaries, and how many
 * messages deep memory indexed. */
export async function exportCoachData({ db, userId }: { db: Db; userId: string }) {
  const [profile, goals, sessions, conversations, messages, messageRatings, actionItems, dailySummaries, weeklySummaries, memoryVectors] = await Promise.all([
    db.select().from(coachProfiles).where(eq(coachProfiles.userId, userId)),
    db.select().from(coachGoals).where(eq(coachGoals.userId, userId)).orderBy(asc(coachGoals.createdAt)),
    db.select().from(coachSessions).where(eq(coachSessions.userId, userId)).orderBy(desc(coachSessions.scheduledFor)),
    db.select().from(coachConversations).where(eq(coachConversations.userId, userId)).orderBy(desc(coachConversations.startedAt)),
    db.select().from(coachMessages).where(eq(coachMessages.userId, userId)).orderBy(asc(coachMessages.createdAt)),
    db.select().from(coachMessageRatings).where(eq(coachMessageRatings.userId, userId)).orderBy(asc(coachMessageRatings.createdAt)),
    db.select().from(coachActionItems).where(eq(coachActionItems.userId, userId)).orderBy(asc(coachActionItems.createdAt)),
    db.select().from(coachDailySummaries).where(eq(coachDailySummaries.userId, userId)).orderBy(desc(coachDailySummaries.day)),
    db.select().from(coachWeeklySummaries).where(eq(coachWeeklySummaries.userId, userId)).orderBy(desc(coachWeeklySummaries.weekStart)),
    countMemoryVectors({ db, userId }),
  ]);
  const byConversation = new Map<string, typeof messages>();
  for (const message of messages) {
    const list = byConversation.get(message.conversationId);
    if (list) list.push(message);
    else byConversation.set(message.conversationId, [message]);
  }
  return {
    profile: profile[0] ?? null,
    goals,
    sessions,
    conversations: conversations.map((c) => ({ ...c, messages: byConversation.get(c.id) ?? [] })),
    messageRatings,
    actionItems,
    dailySummaries,
    weeklySummaries,
    memoryVectors: { available: memoryVectors !== null, count: memoryVectors ?? 0 },
  };
}
