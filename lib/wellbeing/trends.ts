import "server-only";
import { and, eq, gte, isNotNull, sql } from "drizzle-orm";
import { calls, coachConversations, wellbeingCheckins, wellbeingEntries } from "../db/schema";
import type { Db } from "../db/types";
import { addDays, localDayOf } from "../local-days";
import { compareActivityDays, dailyMoods, emotionDistribution, type MoodPoint, moodTrend, tagCorrelations } from "./trends-math";
import { userToday } from "./user-day";

export type TrendRange = "week" | "month" | "year";
const RANGE_DAYS: Record<TrendRange, number> = { week: 7, month: 30, year: 365 };

/** Every mood the user gave or the analysis heard from `from` on: check-ins, then entries (their own
 * mood, else the analysed one). Only the columns the maths needs are read. */
export async function loadMoodPoints({ db, userId, from }: { db: Db; userId: string; from: string }): Promise<MoodPoint[]> {
  const [checkins, entries] = await Promise.all([
    db
      .select({ day: wellbeingCheckins.day, mood: wellbeingCheckins.mood, emotions: wellbeingCheckins.emotions, tags: wellbeingCheckins.tags })
      .from(wellbeingCheckins)
      .where(and(eq(wellbeingCheckins.userId, userId), gte(wellbeingCheckins.day, from))),
    db
      .select({
        day: wellbeingEntries.day,
        mood: sql<number | null>`coalesce(${wellbeingEntries.mood}, (${wellbeingEntries.analysis} ->> 'mood')::int)`,
        emotions: sql<string[] | null>`(select coalesce(jsonb_agg(e ->> 'emotion'), '[]'::jsonb) from jsonb_array_elements(coalesce(${wellbeingEntries.analysis} -> 'emotions', '[]'::jsonb)) with ordinality as t(e, n) where n <= 2)`,
        tags: wellbeingEntries.tags,
      })
      .from(wellbeingEntries)
      .where(and(eq(wellbeingEntries.userId, userId), gte(wellbeingEntries.day, from))),
  ]);
  const fromEntries = entries.flatMap((e) => (e.mood === null ? [] : [{ day: e.day, mood: Number(e.mood), emotions: e.emotions ?? [], tags: e.tags }]));
  return [...checkins, ...fromEntries];
}

async function activityDays({ db, userId, from, timezone }: { db: Db; userId: string; from: string; timezone: string }) {
  const since = new Date(`${from}T00:00:00Z`);
  since.setUTCDate(since.getUTCDate() - 1);
  const [practice, coach] = await Promise.all([
    db.select({ at: calls.startedAt }).from(calls).where(and(eq(calls.userId, userId), isNotNull(calls.startedAt), gte(calls.startedAt, since))),
    db.select({ at: coachConversations.startedAt }).from(coachConversations).where(and(eq(coachConversations.userId, userId), gte(coachConversations.startedAt, since))),
  ]);
  const toDays = (rows: { at: Date | null }[]) => new Set(rows.flatMap((r) => (r.at ? [localDayOf(r.at, timezone)] : [])));
  return { practice: toDays(practice), coach: toDays(coach) };
}

/** The trends page: mood per day over the range, emotions, tag correlations and mood on days with
 * Practice calls or Coach conversations against days without. */
export async function getTrends({ db, userId, range, now = new Date() }: { db: Db; userId: string; range: TrendRange; now?: Date }) {
  const { today, timezone } = await userToday({ db, userId, now });
  const from = addDays(today, -(RANGE_DAYS[range] - 1));
  const [points, activity] = await Promise.all([loadMoodPoints({ db, userId, from }), activityDays({ db, userId, from, timezone })]);
  const days = dailyMoods(points);
  return {
    range,
    from,
    to: today,
    days,
    average: days.length ? Math.round((days.reduce((sum, d) => sum + d.mood, 0) / days.length) * 100) / 100 : null,
    trend: moodTrend(days),
    emotions: emotionDistribution(points),
    tags: tagCorrelations(points),
    pillars: { practice: compareActivityDays(days, activity.practice), coach: compareActivityDays(days, activity.coach) },
  };
}

export type Trends = Awaited<ReturnType<typeof getTrends>>;
