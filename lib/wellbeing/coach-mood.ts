import "server-only";
import { and, desc, eq, gte } from "drizzle-orm";
import { wellbeingEntries } from "../db/schema";
import type { Db } from "../db/types";
import { addDays } from "../local-days";
import { getWellbeingSettings } from "./settings";
import { loadMoodPoints } from "./trends";
import { dailyMoods, moodTrend } from "./trends-math";
import { userToday } from "./user-day";

export type CoachMoodContext = {
  averageMood: number;
  direction: "rising" | "steady" | "falling";
  daysWithMood: number;
  sharedEntries: { day: string; title: string; summary: string }[];
};

/** Per day, a change below this (in mood points) reads as steady. */
const STEADY_SLOPE = 0.1;

/** The last 7 days' mood for the Coach's "always" tier, only when the user allows it in settings;
 * entries they marked "shared" come with it. */
export async function getCoachMoodContext({ db, userId, now = new Date() }: { db: Db; userId: string; now?: Date }): Promise<CoachMoodContext | null> {
  const settings = await getWellbeingSettings({ db, userId });
  if (!settings.shareMoodWithCoach) return null;
  const { today } = await userToday({ db, userId, now });
  const from = addDays(today, -6);
  const [points, shared] = await Promise.all([
    loadMoodPoints({ db, userId, from }),
    db
      .select({ day: wellbeingEntries.day, title: wellbeingEntries.title, content: wellbeingEntries.content, analysis: wellbeingEntries.analysis })
      .from(wellbeingEntries)
      .where(and(eq(wellbeingEntries.userId, userId), eq(wellbeingEntries.visibility, "shared"), gte(wellbeingEntries.day, from)))
      .orderBy(desc(wellbeingEntries.updatedAt))
      .limit(3),
  ]);
  const days = dailyMoods(points);
  if (days.length === 0 && shared.length === 0) return null;
  const slope = moodTrend(days);
  return {
    averageMood: days.length ? Math.round((days.reduce((sum, d) => sum + d.mood, 0) / days.length) * 10) / 10 : 0,
    direction: slope > STEADY_SLOPE ? "rising" : slope < -STEADY_SLOPE ? "falling" : "steady",
    daysWithMood: days.length,
    sharedEntries: shared.map((e) => ({ day: e.day, title: e.title, summary: e.analysis?.summary || e.content.slice(0, 300) })),
  };
}
