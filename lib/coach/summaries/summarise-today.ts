import "server-only";
import { and, eq, gte, lt } from "drizzle-orm";
import { coachDailySummaries, coachMessages, users } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError, notFound } from "../../http";
import { localDayOf, localRange } from "../../local-days";
import { consume, type Window } from "../../rate-limit";
import { summariseDay } from "./daily-summary";
import { toPublicDaily, type PublicDailySummary } from "./summaries-query";

/** Each run asks the summary model once, so a user gets a few an hour; the nightly run is separate. */
export const SUMMARISE_TODAY_LIMIT: Window = { limit: 5, windowMs: 60 * 60_000 };

/** The daily-summary job for one user's day so far, on demand ("Summarise today so far"): the same
 * summary the cron writes after midnight, which that run rewrites if later messages arrive. */
export async function summariseToday({ db, userId, now = new Date() }: { db: Db; userId: string; now?: Date }): Promise<PublicDailySummary> {
  const [user] = await db.select({ timezone: users.timezone }).from(users).where(eq(users.id, userId));
  if (!user) throw notFound("user");
  const day = localDayOf(now, user.timezone);
  const { start, end } = localRange(day, user.timezone);
  const [message] = await db
    .select({ id: coachMessages.id })
    .from(coachMessages)
    .where(and(eq(coachMessages.userId, userId), gte(coachMessages.createdAt, start), lt(coachMessages.createdAt, end)))
    .limit(1);
  if (!message) throw apiError("CONFLICT", "coach.nothingToSummarise");
  await consume({ db, key: `coach.summarise-today:user:${userId}`, ...SUMMARISE_TODAY_LIMIT, now: now.getTime() });
  await summariseDay({ db, userId, timezone: user.timezone, day, now });
  const [summary] = await db
    .select()
    .from(coachDailySummaries)
    .where(and(eq(coachDailySummaries.userId, userId), eq(coachDailySummaries.day, day)));
  if (!summary) throw new Error("daily summary not stored");
  return toPublicDaily(summary);
}
