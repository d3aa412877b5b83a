import { addDays } from "../local-days";

// No "server-only": totals, streaks and badges from a user's meditation sessions, pure.

export type SessionSummary = { day: string; completed: boolean; durationSeconds: number };

export type Badge = { id: string; label: string; earned: boolean };

/** Consecutive days with a completed session, ending today (or yesterday, so a streak is not lost
 * before today's session), and the longest run ever. */
export function streaks(days: string[], today: string): { current: number; longest: number } {
  const set = new Set(days);
  const sorted = [...set].sort();
  let longest = 0;
  let run = 0;
  let previous: string | null = null;
  for (const day of sorted) {
    run = previous && addDays(previous, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  let current = 0;
  let cursor = set.has(today) ? today : addDays(today, -1);
  while (set.has(cursor)) {
    current += 1;
    cursor = addDays(cursor, -1);
  }
  return { current, longest };
}

export function meditationStats(sessions: SessionSummary[], today: string) {
  const completed = sessions.filter((s) => s.completed);
  const minutes = Math.round(sessions.reduce((sum, s) => sum + s.durationSeconds, 0) / 60);
  const { current, longest } = streaks(completed.map((s) => s.day), today);
  const badges: Badge[] = [
    { id: "first", label: "First session", earned: completed.length >= 1 },
    { id: "ten", label: "10 sessions", earned: completed.length >= 10 },
    { id: "hour", label: "60 minutes in all", earned: minutes >= 60 },
    { id: "week", label: "7-day streak", earned: longest >= 7 },
    { id: "month", label: "30-day streak", earned: longest >= 30 },
  ];
  return { sessions: sessions.length, completed: completed.length, minutes, currentStreak: current, longestStreak: longest, badges };
}
