import "server-only";
import { and, asc, eq, gt, gte, inArray, lt } from "drizzle-orm";
import { generateJson, registerOfflineEngine } from "../../ai/llm";
import { coachActionItems, coachDailySummaries, coachGoals, coachWeeklySummaries, users, type GoalProgressNote } from "../../db/schema";
import type { Db } from "../../db/types";
import { engineLabel, latestBy, pickPeriodToSummarise, runInBatches, type SummaryCounts, type SummaryOutcome } from "./summary-batches";
import { addDays, localDayOf, localRange, weekStartOf } from "../../local-days";
import { summarizeWeekOffline, type WeeklySummaryContext } from "./summary-engines";
import { weeklySummaryPrompt, weeklySummarySchema } from "./summary-prompts";

/** How many finished weeks back the Monday run looks for one still to roll up; older need ?week=. */
const LOOKBACK_WEEKS = 4;

registerOfflineEngine("weekly-summary", {
  name: "extractive-weekly",
  generateJson: ({ context }) => summarizeWeekOffline(context as WeeklySummaryContext),
});

/** The range of daily-summary days (local dates, end exclusive) that can hold a week to roll up. */
function dayWindow({ now, week }: { now: Date; week?: string }): { from: string; to: string } {
  if (week) return { from: weekStartOf(week), to: addDays(weekStartOf(week), 7) };
  // Widened by a week and a day: "this week" differs by timezone.
  const thisWeek = weekStartOf(now.toISOString().slice(0, 10));
  return { from: addDays(thisWeek, -7 * LOOKBACK_WEEKS - 1), to: addDays(thisWeek, 8) };
}

async function listUsersWithDailies({ db, window, afterId, limit }: { db: Db; window: { from: string; to: string }; afterId: string | null; limit: number }) {
  const rows = await db
    .selectDistinct({ userId: coachDailySummaries.userId })
    .from(coachDailySummaries)
    .where(and(gte(coachDailySummaries.day, window.from), lt(coachDailySummaries.day, window.to), afterId ? gt(coachDailySummaries.userId, afterId) : undefined))
    .orderBy(asc(coachDailySummaries.userId))
    .limit(limit);
  return rows.map((row) => row.userId);
}

/** The week to roll up for one user: the given one, or the latest finished local week, within the
 * lookback, with a daily summary newer than its weekly one. */
async function pickWeek({ db, userId, timezone, now, week }: { db: Db; userId: string; timezone: string; now: Date; week?: string }) {
  const thisWeek = weekStartOf(localDayOf(now, timezone));
  const from = week ? weekStartOf(week) : addDays(thisWeek, -7 * LOOKBACK_WEEKS);
  const to = week ? addDays(from, 7) : thisWeek;
  const dailies = await db
    .select({ day: coachDailySummaries.day, createdAt: coachDailySummaries.createdAt })
    .from(coachDailySummaries)
    .where(and(eq(coachDailySummaries.userId, userId), gte(coachDailySummaries.day, from), lt(coachDailySummaries.day, to)));
  if (dailies.length === 0) return { active: false as const };
  const activity = latestBy(dailies, (d) => weekStartOf(d.day), (d) => d.createdAt);
  const weeklies = await db
    .select({ weekStart: coachWeeklySummaries.weekStart, createdAt: coachWeeklySummaries.createdAt })
    .from(coachWeeklySummaries)
    .where(and(eq(coachWeeklySummaries.userId, userId), inArray(coachWeeklySummaries.weekStart, [...activity.keys()])));
  const written = new Map(weeklies.map((w) => [w.weekStart, w.createdAt]));
  return { active: true as const, week: pickPeriodToSummarise(activity, written) };
}

/** Writes (or rewrites, when a daily changed since) one user's roll-up of one local week. */
export async function summariseWeek({ db, userId, timezone, weekStart, now }: { db: Db; userId: string; timezone: string; weekStart: string; now: Date }) {
  const { start, end } = localRange(weekStart, timezone, 7);
  const [dailies, goals, done] = await Promise.all([
    db
      .select()
      .from(coachDailySummaries)
      .where(and(eq(coachDailySummaries.userId, userId), gte(coachDailySummaries.day, weekStart), lt(coachDailySummaries.day, addDays(weekStart, 7))))
      .orderBy(asc(coachDailySummaries.day)),
    db
      .select({ id: coachGoals.id, title: coachGoals.title, progress: coachGoals.progress })
      .from(coachGoals)
      .where(and(eq(coachGoals.userId, userId), eq(coachGoals.status, "active")))
      .orderBy(asc(coachGoals.priority), asc(coachGoals.createdAt)),
    db
      .select({ text: coachActionItems.text })
      .from(coachActionItems)
      .where(and(eq(coachActionItems.userId, userId), eq(coachActionItems.status, "done"), gte(coachActionItems.completedAt, start), lt(coachActionItems.completedAt, end)))
      .orderBy(asc(coachActionItems.completedAt)),
  ]);
  const context: WeeklySummaryContext = {
    weekStart,
    dailies: dailies.map((d) => ({ day: d.day, summary: d.summary, keyTopics: d.keyTopics, sentiment: d.sentiment, actionItems: d.actionItems.map((i) => i.text) })),
    goals,
    completedActionItems: done.map((d) => d.text),
  };
  const { data, provider, model } = await generateJson({
    db,
    userId,
    task: "weekly-summary",
    schema: weeklySummarySchema,
    prompt: weeklySummaryPrompt(context),
    temperature: 0.2,
    context,
  });
  // Title and progress come from the goal rows; the answer only adds the note (unknown ids dropped).
  const notes = new Map(data.goalsProgress.map((g) => [g.goalId, g.note]));
  const goalsProgress: GoalProgressNote[] = goals.map((g) => ({
    goalId: g.id,
    title: g.title,
    progress: g.progress,
    note: notes.get(g.id) ?? "Not mentioned this week.",
  }));
  const values = {
    progressNotes: data.progressNotes,
    goalsProgress,
    keyDecisions: data.keyDecisions,
    challenges: data.challenges,
    wins: data.wins,
    dayCount: dailies.length,
    engine: engineLabel(provider, model),
    createdAt: now,
  };
  await db
    .insert(coachWeeklySummaries)
    .values({ userId, weekStart, ...values })
    .onConflictDoUpdate({ target: [coachWeeklySummaries.userId, coachWeeklySummaries.weekStart], set: values });
}

async function summariseUserWeek({ db, userId, now, week }: { db: Db; userId: string; now: Date; week?: string }): Promise<SummaryOutcome> {
  const [user] = await db.select({ timezone: users.timezone }).from(users).where(eq(users.id, userId));
  if (!user) return "inactive";
  const picked = await pickWeek({ db, userId, timezone: user.timezone, now, week });
  if (!picked.active) return "inactive";
  if (!picked.week) return "skipped";
  await summariseWeek({ db, userId, timezone: user.timezone, weekStart: picked.week, now });
  return "summarised";
}

/** The weekly-summary cron: rolls each user's dailies of their last finished local week (Monday to
 * Sunday) into one weekly summary, or of the week containing `week` for everyone. Idempotent. */
export async function runWeeklySummaries({ db, now = new Date(), week }: { db: Db; now?: Date; week?: string }): Promise<SummaryCounts> {
  const window = dayWindow({ now, week });
  return runInBatches({
    job: "weekly-summary",
    listPage: ({ afterId, limit }) => listUsersWithDailies({ db, window, afterId, limit }),
    processUser: (userId) => summariseUserWeek({ db, userId, now, week }),
  });
}
