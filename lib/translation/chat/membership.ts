import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { chatMembers, userBlocks, users } from "../../db/schema";
import type { Db } from "../../db/types";
import { notFound } from "../../http";

export const MAX_MEMBERS = 50;

/** The reader's language in a conversation: their override there, else their preferred language. */
export const readerLanguage = sql<string>`coalesce(${chatMembers.language}, ${users.preferredLanguage})`;

/** The caller's membership (and language); a conversation they are not in is 404, like one that doesn't exist. */
export async function requireMember({ db, userId, conversationId }: { db: Db; userId: string; conversationId: string }) {
  const [member] = await db
    .select({ language: readerLanguage, lastSeenAt: chatMembers.lastSeenAt })
    .from(chatMembers)
    .innerJoin(users, eq(users.id, chatMembers.userId))
    .where(and(eq(chatMembers.conversationId, conversationId), eq(chatMembers.userId, userId)));
  if (!member) throw notFound("conversation");
  return member;
}

const memberColumns = {
  userId: chatMembers.userId,
  name: users.displayName,
  language: readerLanguage,
  lastReadAt: chatMembers.lastReadAt,
  lastSeenAt: chatMembers.lastSeenAt,
};

/** Every member with the language they read in. */
export function membersOf({ db, conversationId }: { db: Db; conversationId: string }) {
  return db.select(memberColumns).from(chatMembers).innerJoin(users, eq(users.id, chatMembers.userId)).where(eq(chatMembers.conversationId, conversationId));
}

/** Every member, as membersOf, with whether they and `userId` have blocked each other (either way). */
export function membersWithBlocks({ db, userId, conversationId }: { db: Db; userId: string; conversationId: string }) {
  return db
    .select({
      ...memberColumns,
      blocked: sql<boolean>`exists (select 1 from ${userBlocks} where
        (${userBlocks.blockerId} = ${userId} and ${userBlocks.blockedId} = ${chatMembers.userId})
        or (${userBlocks.blockedId} = ${userId} and ${userBlocks.blockerId} = ${chatMembers.userId}))`,
    })
    .from(chatMembers)
    .innerJoin(users, eq(users.id, chatMembers.userId))
    .where(eq(chatMembers.conversationId, conversationId));
}

export async function touchMember({ db, userId, conversationId, read = false }: { db: Db; userId: string; conversationId: string; read?: boolean }) {
  await db
    .update(chatMembers)
    .set({ lastSeenAt: sql`now()`, ...(read ? { lastReadAt: sql`now()` } : {}) })
    .where(and(eq(chatMembers.conversationId, conversationId), eq(chatMembers.userId, userId)));
}
