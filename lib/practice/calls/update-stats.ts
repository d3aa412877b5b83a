import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { callScores, calls, userStats, users } from "../../db/schema";
import type { Db } from "../../db/types";
import { addDays, localDayOf } from "../../local-days";


/** Counts a completed call: totals, minutes, calls by mode and the daily streak in the user's timezone.
 * Runs inside the transaction that completes the call. */
export async function recordCompletedCall({
  db,
  userId,
  mode,
  durationSeconds,
  now,
}: {
  db: Db;
  userId: string;
  mode: string;
  durationSeconds: number;
  now: Date;
}) {
  const [user] = await db.select({ timezone: users.timezone }).from(users).where(eq(users.id, userId));
  const today = localDayOf(now, user?.timezone ?? "UTC");
  await db.insert(userStats).values({ userId }).onConflictDoNothing();
  const [stats] = await db.select().from(userStats).where(eq(userStats.userId, userId)).for("update");
  if (!stats) throw new Error("user_stats row missing");
  const streak =
    stats.lastActiveOn === today ? stats.currentStreak : stats.lastActiveOn === addDays(today, -1) ? stats.currentStreak + 1 : 1;
  await db
    .update(userStats)
    .set({
      totalCalls: stats.totalCalls + 1,
      totalMinutes: stats.totalMinutes + Math.round(durationSeconds / 60),
      currentStreak: streak,
      longestStreak: Math.max(stats.longestStreak, streak),
      lastActiveOn: today,
      callsByMode: { ...stats.callsByMode, [mode]: (stats.callsByMode[mode] ?? 0) + 1 },
    })
    .where(eq(userStats.userId, userId));
}

/** Average and best over the user's completed calls, each counted by its deep score when it has
 * one and its quick score until then. */
export async function refreshScoreStats({ db, userId }: { db: Db; userId: string }) {
  const score = sql<number>`coalesce(${callScores.overallScore}, (${calls.quickScore}->>'overall')::int)`;
  const [row] = await db
    .select({ average: sql<number | null>`round(avg(${score}))::int`, best: sql<number | null>`max(${score})::int` })
    .from(calls)
    .leftJoin(callScores, eq(callScores.callId, calls.id))
    .where(and(eq(calls.userId, userId), eq(calls.status, "completed")));
  await db
    .update(userStats)
    .set({ averageScore: row?.average ?? null, bestScore: row?.best ?? null })
    .where(eq(userStats.userId, userId));
}
