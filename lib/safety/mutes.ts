import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/types";
import { userMutes } from "../db/schema/safety";
import { users } from "../db/schema/users";
import { apiError, notFound } from "../http";

// A mute is a quiet block, read one way: the muter is never matched with the muted person again and
// gets no notifications about them; the muted person sees nothing change (matching excludes the pair
// whichever side asks, so the muted person is not offered the muter either).

type Pair = { db: Db; userId: string; otherUserId: string };

/** Mutes `otherUserId` for `userId`; muting twice is a no-op. */
export async function muteUser({ db, userId, otherUserId }: Pair): Promise<{ mutedUserId: string; createdAt: Date }> {
  if (userId === otherUserId) throw apiError("VALIDATION_ERROR", "safety.muteSelf");
  const [other] = await db.select({ id: users.id }).from(users).where(eq(users.id, otherUserId)).limit(1);
  if (!other) throw notFound("user");
  await db.insert(userMutes).values({ muterId: userId, mutedId: otherUserId }).onConflictDoNothing();
  const [row] = await db.select({ createdAt: userMutes.createdAt }).from(userMutes).where(and(eq(userMutes.muterId, userId), eq(userMutes.mutedId, otherUserId)));
  return { mutedUserId: otherUserId, createdAt: row!.createdAt };
}

/** Lifts `userId`'s mute of `otherUserId`. */
export async function unmuteUser({ db, userId, otherUserId }: Pair): Promise<{ removed: boolean }> {
  const removed = await db
    .delete(userMutes)
    .where(and(eq(userMutes.muterId, userId), eq(userMutes.mutedId, otherUserId)))
    .returning({ id: userMutes.mutedId });
  return { removed: removed.length > 0 };
}

/** Whether `userId` muted `otherUserId` (so nothing about them should reach `userId`). */
export async function hasMuted({ db, userId, otherUserId }: Pair): Promise<boolean> {
  const rows = await db.select({ id: userMutes.mutedId }).from(userMutes).where(and(eq(userMutes.muterId, userId), eq(userMutes.mutedId, otherUserId))).limit(1);
  return rows.length > 0;
}

/** Which of `among` muted `userId`: they hear nothing `userId` does. */
export async function mutedBy({ db, userId, among }: { db: Db; userId: string; among: string[] }): Promise<Set<string>> {
  if (among.length === 0) return new Set();
  const rows = await db.select({ id: userMutes.muterId }).from(userMutes).where(and(eq(userMutes.mutedId, userId), inArray(userMutes.muterId, among)));
  return new Set(rows.map((r) => r.id));
}

/** The people `userId` muted, newest first, with their display names (for an unmute list). */
export async function listMutedUsers({ db, userId }: { db: Db; userId: string }) {
  return db
    .select({ userId: userMutes.mutedId, displayName: users.displayName, createdAt: userMutes.createdAt })
    .from(userMutes)
    .innerJoin(users, eq(users.id, userMutes.mutedId))
    .where(eq(userMutes.muterId, userId))
    .orderBy(desc(userMutes.createdAt));
}
