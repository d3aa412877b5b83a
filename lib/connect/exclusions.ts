import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf } from "../db/rows";
import type { Db } from "../db/types";

export const REMATCH_AFTER_MS = 7 * 24 * 60 * 60_000;

/** Everyone `userId` must never be offered now: blocked, muted or reported either way, or matched with in
 * the last 7 days (whatever became of that match). Few per person, so matching takes them as a list. */
export async function excludedUserIds({ db, userId, now = new Date() }: { db: Db; userId: string; now?: Date }): Promise<string[]> {
  const since = new Date(now.getTime() - REMATCH_AFTER_MS);
  const result = await db.execute(sql`
    select blocked_id as id from user_blocks where blocker_id = ${userId}
    union select blocker_id from user_blocks where blocked_id = ${userId}
    union select muted_id from user_mutes where muter_id = ${userId}
    union select muter_id from user_mutes where muted_id = ${userId}
    union select reported_id from user_reports where reporter_id = ${userId} and reported_id is not null
    union select reporter_id from user_reports where reported_id = ${userId}
    union select user_b_id from connect_matches where user_a_id = ${userId} and created_at > ${since.toISOString()}
    union select user_a_id from connect_matches where user_b_id = ${userId} and created_at > ${since.toISOString()}`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}
