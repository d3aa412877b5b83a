import { weekStartOf } from "@/lib/local-days";
import type { DailySummary, WeeklySummary } from "./api-types";

export type TimelineWeek = { weekStart: string; weekly: WeeklySummary | null; days: DailySummary[] };

type Loaded<T> = { items: T[]; complete: boolean };

/** Groups the loaded summaries by week, newest first. A week is shown only once both lists reach it:
 * the oldest week of an unfinished daily list may still miss days, and weeks older than the last
 * weekly loaded may miss their weekly. */
export function buildTimeline({ dailies, weeklies }: { dailies: Loaded<DailySummary>; weeklies: Loaded<WeeklySummary> }): TimelineWeek[] {
  const oldestDaily = dailies.items.at(-1);
  const oldestWeekly = weeklies.items.at(-1);
  const dailyCutoff = !dailies.complete && oldestDaily ? weekStartOf(oldestDaily.day) : null;
  const weeklyCutoff = !weeklies.complete && oldestWeekly ? oldestWeekly.weekStart : null;
  const visible = (week: string) => (dailyCutoff === null || week > dailyCutoff) && (weeklyCutoff === null || week >= weeklyCutoff);

  const weeks = new Map<string, TimelineWeek>();
  const weekOf = (weekStart: string) => {
    let week = weeks.get(weekStart);
    if (!week) {
      week = { weekStart, weekly: null, days: [] };
      weeks.set(weekStart, week);
    }
    return week;
  };
  for (const weekly of weeklies.items) if (visible(weekly.weekStart)) weekOf(weekly.weekStart).weekly = weekly;
  for (const daily of dailies.items) {
    const weekStart = weekStartOf(daily.day);
    if (visible(weekStart)) weekOf(weekStart).days.push(daily);
  }
  for (const week of weeks.values()) week.days.sort((a, b) => b.day.localeCompare(a.day));
  return [...weeks.values()].sort((a, b) => b.weekStart.localeCompare(a.weekStart));
}

const MOODS = ["low", "strained", "neutral", "positive", "upbeat"] as const;
export type Mood = (typeof MOODS)[number];

/** A sentiment score in [-1, 1] as a step on a 1–5 scale (3 is neutral) and its mood, whose word is
 * the message Coach.mood.<mood>; a day's mood is shown as "Strained (2 of 5)", never the raw score. */
export function moodScale(sentiment: number): { step: number; mood: Mood } {
  const step = sentiment >= 0.5 ? 5 : sentiment >= 0.15 ? 4 : sentiment > -0.15 ? 3 : sentiment > -0.5 ? 2 : 1;
  return { step, mood: MOODS[step - 1]! };
}
