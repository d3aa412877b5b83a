import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { coachMessageRatings, coachMessages } from "../../db/schema";
import type { Db } from "../../db/types";
import { notFound } from "../../http";
import type { MessageRatingInput } from "./rating-schema";

export type StoredRating = { messageId: string; rating: "up" | "down"; note: string | null; createdAt: string; updatedAt: string };

/** Stores the user's thumbs on one of the coach's answers to them, replacing an earlier one.
 * Anything but their own assistant message is a 404. `created` says whether this is the first. */
export async function rateCoachMessage({ db, userId, messageId, input }: { db: Db; userId: string; messageId: string; input: MessageRatingInput }) {
  const [message] = await db
    .select({ id: coachMessages.id })
    .from(coachMessages)
    .where(and(eq(coachMessages.id, messageId), eq(coachMessages.userId, userId), eq(coachMessages.role, "assistant")));
  if (!message) throw notFound("message");
  const now = new Date();
  const [row] = await db
    .insert(coachMessageRatings)
    .values({ messageId, userId, rating: input.rating, note: input.note, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [coachMessageRatings.messageId, coachMessageRatings.userId],
      set: { rating: input.rating, note: input.note, updatedAt: now },
    })
    // xmax is 0 on a freshly inserted row version and set on one an upsert updated.
    .returning({ rating: coachMessageRatings.rating, note: coachMessageRatings.note, createdAt: coachMessageRatings.createdAt, updatedAt: coachMessageRatings.updatedAt, created: sql<boolean>`(xmax = 0)` });
  if (!row) throw new Error("rating not stored");
  const rating: StoredRating = { messageId, rating: row.rating, note: row.note, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
  return { rating, created: row.created };
}
