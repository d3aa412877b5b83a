import "server-only";
import { and, eq, lte } from "drizzle-orm";
import { coachConversations } from "../../db/schema";
import type { Db } from "../../db/types";
import { IDLE_MS, quietSinceSql } from "./conversations";

/** Marks every conversation quiet for IDLE_MS as ended, at the moment it went quiet plus IDLE_MS
 * (not when the job happened to run). Part of the cleanup job. */
export async function endIdleConversations({ db, now = new Date() }: { db: Db; now?: Date }): Promise<number> {
  const ended = await db
    .update(coachConversations)
    .set({ status: "ended", endedAt: quietSinceSql })
    .where(and(eq(coachConversations.status, "active"), lte(coachConversations.lastMessageAt, new Date(now.getTime() - IDLE_MS))))
    .returning({ id: coachConversations.id });
  return ended.length;
}
