import "server-only";
import { and, desc, eq, or, sql } from "drizzle-orm";
import type { Db } from "../db/types";
import { userBlocks } from "../db/schema/safety";
import { users } from "../db/schema/users";
import { apiError, notFound } from "../http";

// Blocks are one-directional rows but every check reads them both ways: Connect never matches a
// blocked pair and Translate's contacts never connect one.

type Pair = { db: Db; userId: string; otherUserId: string };

/** Blocks `otherUserId` for `userId`; blocking twice is a no-op. */
export async function blockUser({ db, userId, otherUserId }: Pair): Promise<{ blockedUserId: string; createdAt: Date }> {
  if (userId === otherUserId) throw apiError("VALIDATION_ERROR", "safety.blockSelf");
  const [other] = await db.select({ id: users.id }).from(users).where(eq(users.id, otherUserId)).limit(1);
  if (!other) throw notFound("user");
  await db.insert(userBlocks).values({ blockerId: userId, blockedId: otherUserId }).onConflictDoNothing();
  const [row] = await db
    .select({ createdAt: userBlocks.createdAt })
    .from(userBlocks)
    .where(and(eq(userBlocks.blockerId, userId), eq(userBlocks.blockedId, otherUserId)));
  return { blockedUserId: otherUserId, createdAt: (row as { createdAt: Date }).createdAt };
}

/** Lifts `userId`'s block of `otherUserId` (a block the other person made stays). */
export async function unblockUser({ db, userId, otherUserId }: Pair): Promise<{ removed: boolean }> {
  const removed = await db
    .delete(userBlocks)
    .where(and(eq(userBlocks.blockerId, userId), eq(userBlocks.blockedId, otherUserId)))
    .returning({ id: userBlocks.blockedId });
  return { removed: removed.length > 0 };
}

/** Whether either user has blocked the other. */
export async function isBlockedEitherWay({ db, userId, otherUserId }: Pair): Promise<boolean> {
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(userBlocks)
    .where(
      or(
        and(eq(userBlocks.blockerId, userId), eq(userBlocks.blockedId, otherUserId)),
        and(eq(userBlocks.blockerId, otherUserId), eq(userBlocks.blockedId, userId)),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** Everyone `userId` blocked or was blocked by. */
export async function blockedEitherWayIds({ db, userId }: { db: Db; userId: string }): Promise<string[]> {
  const rows = await db
    .select({ blockerId: userBlocks.blockerId, blockedId: userBlocks.blockedId })
    .from(userBlocks)
    .where(or(eq(userBlocks.blockerId, userId), eq(userBlocks.blockedId, userId)));
  return [...new Set(rows.map((r) => (r.blockerId === userId ? r.blockedId : r.blockerId)))];
}

/** The people `userId` blocked, newest first, with their display names (for an unblock list). */
export async function listBlockedUsers({ db, userId }: { db: Db; userId: string }) {
  return db
    .select({ userId: userBlocks.blockedId, displayName: users.displayName, createdAt: userBlocks.createdAt })
    .from(userBlocks)
    .innerJoin(users, eq(users.id, userBlocks.blockedId))
    .where(eq(userBlocks.blockerId, userId))
    .orderBy(desc(userBlocks.createdAt));
}
