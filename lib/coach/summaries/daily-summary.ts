import "server-only";
import { and, asc, eq, gt, gte, inArray, lt, max, ne, sql } from "drizzle-orm";
import { generateJson, registerOfflineEngine } from "../../ai/llm";
import { coachActionItems, coachDailySummaries, coachMessages, users } from "../../db/schema";
import type { Db } from "../../db/types";
import { engineLabel, latestBy, pickPeriodToSummarise, runInBatches, type SummaryCounts, type SummaryOutcome } from "./summary-batches";
import { addDays, localDayOf, localRange } from "../../local-days";
import { type DailySummaryContext, summarizeDayOffline } from "./summary-engines";
import { dailySummaryPrompt, dailySummarySchema } from "./summary-prompts";

const HOUR_MS = 60 * 60_000;
/** How far back the hourly run looks for a day still to summarise; older days need ?date=. */
const LOOKBACK_DAYS = 7;
// Local days run from UTC-12 to UTC+14, so a UTC window this much wider covers every timezone.
const ZONE_MARGIN_MS = 15 * HOUR_MS;

registerOfflineEngine("summary", {
  name: "extractive-summary",
  generateJson: ({ context }) => summarizeDayOffline(context as DailySummaryContext),
});

type Window = { start: Date; end: Date };

/** The UTC window that holds every user's candidate days: the last week before today, or one date. */
function searchWindow({ now, date }: { now: Date; date?: string }): Window {
  if (date) {
    const start = new Date(`${date}T00:00:00Z`);
    return { start: new Date(start.getTime() - ZONE_MARGIN_MS), end: new Date(start.getTime() + 24 * HOUR_MS + ZONE_MARGIN_MS) };
  }
  return { start: new Date(now.getTime() - (LOOKBACK_DAYS + 1) * 24 * HOUR_MS - ZONE_MARGIN_MS), end: now };
}

async function listActiveUsers({ db, window, afterId, limit }: { db: Db; window: Window; afterId: string | null; limit: number }) {
  const rows = await db
    .selectDistinct({ userId: coachMessages.userId })
    .from(coachMessages)
    .where(and(gte(coachMessages.createdAt, window.start), lt(coachMessages.createdAt, window.end), afterId ? gt(coachMessages.userId, afterId) : undefined))
    .orderBy(asc(coachMessages.userId))
    .limit(limit);
  return rows.map((row) => row.userId);
}

/** The day to summarise for one user: the given date, or the latest finished local day, within the
 * last week, whose messages are newer than its summary. */
async function pickDay({ db, userId, timezone, now, date }: { db: Db; userId: string; timezone: string; now: Date; date?: string }) {
  const today = localDayOf(now, timezone);
  const range = date ? localRange(date, timezone) : localRange(addDays(today, -LOOKBACK_DAYS), timezone, LOOKBACK_DAYS);
  // The latest message per quarter hour: every UTC offset is a whole number of quarter hours, so no
  // bucket straddles a local midnight, and a busy week is at most 672 rows instead of every message.
  const buckets = await db
    .select({ latest: max(coachMessages.createdAt) })
    .from(coachMessages)
    .where(and(eq(coachMessages.userId, userId), gte(coachMessages.createdAt, range.start), lt(coachMessages.createdAt, range.end)))
    .groupBy(sql`floor(extract(epoch from ${coachMessages.createdAt}) / 900)`);
  const times = buckets.flatMap((b) => (b.latest ? [new Date(b.latest)] : []));
  if (times.length === 0) return { active: false as const };
  const activity = latestBy(times, (at) => localDayOf(at, timezone), (at) => at);
  const summaries = await db
    .select({ day: coachDailySummaries.day, createdAt: coachDailySummaries.createdAt })
    .from(coachDailySummaries)
    .where(and(eq(coachDailySummaries.userId, userId), inArray(coachDailySummaries.day, [...activity.keys()])));
  const written = new Map(summaries.map((s) => [s.day, s.createdAt]));
  return { active: true as const, day: pickPeriodToSummarise(activity, written) };
}

/** Writes (or rewrites, when stale) one user's summary of one local day. */
export async function summariseDay({ db, userId, timezone, day, now }: { db: Db; userId: string; timezone: string; day: string; now: Date }) {
  const { start, end } = localRange(day, timezone);
  const [messages, items] = await Promise.all([
    db
      .select({ role: coachMessages.role, content: coachMessages.content, conversationId: coachMessages.conversationId, createdAt: coachMessages.createdAt })
      .from(coachMessages)
      .where(and(eq(coachMessages.userId, userId), gte(coachMessages.createdAt, start), lt(coachMessages.createdAt, end)))
      .orderBy(asc(coachMessages.createdAt)),
    db
      .select({ text: coachActionItems.text, status: coachActionItems.status })
      .from(coachActionItems)
      .where(
        and(
          eq(coachActionItems.userId, userId),
          gte(coachActionItems.createdAt, start),
          lt(coachActionItems.createdAt, end),
          ne(coachActionItems.status, "dismissed"),
        ),
      )
      .orderBy(asc(coachActionItems.createdAt)),
  ]);
  const conversationCount = new Set(messages.map((m) => m.conversationId)).size;
  const context: DailySummaryContext = {
    day,
    userMessages: messages.filter((m) => m.role === "user").map((m) => m.content),
    conversationCount,
    actionItems: items.map((i) => i.text),
  };
  const clock = new Intl.DateTimeFormat("en-GB", { timeZone: timezone, hour: "2-digit", minute: "2-digit" });
  const lines = messages.map((m) => ({ role: m.role, content: m.content, time: clock.format(m.createdAt) }));
  const { data, provider, model } = await generateJson({
    db,
    userId,
    task: "summary",
    schema: dailySummarySchema,
    prompt: dailySummaryPrompt({ day, lines, actionItems: context.actionItems }),
    temperature: 0.2,
    context,
  });
  const values = {
    summary: data.summary,
    keyTopics: data.keyTopics.slice(0, 8),
    sentiment: Math.round(data.sentiment * 1000) / 1000,
    actionItems: items,
    conversationCount,
    engine: engineLabel(provider, model),
    // The job's clock, not the database's: a summary is stale when a message is newer than this.
    createdAt: now,
  };
  await db
    .insert(coachDailySummaries)
    .values({ userId, day, ...values })
    .onConflictDoUpdate({ target: [coachDailySummaries.userId, coachDailySummaries.day], set: values });
}

async function summariseUser({ db, userId, now, date }: { db: Db; userId: string; now: Date; date?: string }): Promise<SummaryOutcome> {
  const [user] = await db.select({ timezone: users.timezone }).from(users).where(eq(users.id, userId));
  if (!user) return "inactive";
  const picked = await pickDay({ db, userId, timezone: user.timezone, now, date });
  if (!picked.active) return "inactive";
  if (!picked.day) return "skipped";
  await summariseDay({ db, userId, timezone: user.timezone, day: picked.day, now });
  return "summarised";
}

/** The daily-summary cron: for every user with coach messages, summarises the latest local day
 * (in their own timezone) that has ended and has no up-to-date summary, or `date` for everyone.
 * Running it again changes nothing. */
export async function runDailySummaries({ db, now = new Date(), date }: { db: Db; now?: Date; date?: string }): Promise<SummaryCounts> {
  const window = searchWindow({ now, date });
  return runInBatches({
    job: "daily-summary",
    listPage: ({ afterId, limit }) => listActiveUsers({ db, window, afterId, limit }),
    processUser: (userId) => summariseUser({ db, userId, now, date }),
  });
}
