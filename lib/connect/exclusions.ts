import "server-only";
import { sql, type SQL } from "drizzle-orm";

export const REMATCH_AFTER_MS = 7 * 24 * 60 * 60_000;

/** A subquery of everyone `userId` must never be offered now: blocked, muted or reported either way, or
 * matched with in the last 7 days (whatever became of that match). Few per person, so matching reads it
 * once per query as an array. */
export function excludedUserIdsQuery({ userId, now = new Date() }: { userId: string; now?: Date }): SQL {
  const since = new Date(now.getTime() - REMATCH_AFTER_MS).toISOString();
  return sql`
    select blocked_id as id from user_blocks where blocker_id = ${userId}
    union select blocker_id from user_blocks where blocked_id = ${userId}
    union select muted_id from user_mutes where muter_id = ${userId}
    union select muter_id from user_mutes where muted_id = ${userId}
    union select reported_id from user_reports where reporter_id = ${userId} and reported_id is not null
    union select reporter_id from user_reports where reported_id = ${userId}
    union select user_b_id from connect_matches where user_a_id = ${userId} and created_at > ${since}
    union select user_a_id from connect_matches where user_b_id = ${userId} and created_at > ${since}`;
}
