// No "server-only": the trend maths, pure and unit-tested, also run by the benchmark.

export type MoodPoint = { day: string; mood: number; tags?: string[]; emotions?: string[] };
export type DayMood = { day: string; mood: number };

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Each day's average mood over its check-ins and entries, in day order. */
export function dailyMoods(points: MoodPoint[]): DayMood[] {
  const byDay = new Map<string, number[]>();
  for (const point of points) byDay.set(point.day, [...(byDay.get(point.day) ?? []), point.mood]);
  return [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, moods]) => ({ day, mood: round2(mean(moods)) }));
}

/** How often each emotion was named, most frequent first. */
export function emotionDistribution(points: MoodPoint[]): { emotion: string; count: number; share: number }[] {
  const counts = new Map<string, number>();
  for (const point of points) for (const emotion of point.emotions ?? []) counts.set(emotion, (counts.get(emotion) ?? 0) + 1);
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  return [...counts.entries()]
    .map(([emotion, count]) => ({ emotion, count, share: round2(count / total) }))
    .sort((a, b) => b.count - a.count || a.emotion.localeCompare(b.emotion));
}

export type TagCorrelation = { tag: string; days: number; average: number; difference: number };

/** Per tag, the average mood on days tagged with it against days without it ("sleep +0.8"). Tags
 * seen on fewer than `minDays` days, or on every day, say nothing and are left out. */
export function tagCorrelations(points: MoodPoint[], minDays = 2): TagCorrelation[] {
  const days = dailyMoods(points);
  const tagsByDay = new Map<string, Set<string>>();
  for (const point of points) for (const tag of point.tags ?? []) tagsByDay.set(point.day, (tagsByDay.get(point.day) ?? new Set()).add(tag));
  const allTags = new Set([...tagsByDay.values()].flatMap((set) => [...set]));
  const result: TagCorrelation[] = [];
  for (const tag of allTags) {
    const withTag = days.filter((d) => tagsByDay.get(d.day)?.has(tag)).map((d) => d.mood);
    const without = days.filter((d) => !tagsByDay.get(d.day)?.has(tag)).map((d) => d.mood);
    if (withTag.length < minDays || without.length === 0) continue;
    result.push({ tag, days: withTag.length, average: round2(mean(withTag)), difference: round1(mean(withTag) - mean(without)) });
  }
  return result.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.tag.localeCompare(b.tag));
}

export type ActivityComparison = { withActivity: number | null; without: number | null; daysWith: number; daysWithout: number };

/** Average mood on days with an activity (a Practice call, a Coach session) against days without. */
export function compareActivityDays(days: DayMood[], activeDays: ReadonlySet<string>): ActivityComparison {
  const withMoods = days.filter((d) => activeDays.has(d.day)).map((d) => d.mood);
  const withoutMoods = days.filter((d) => !activeDays.has(d.day)).map((d) => d.mood);
  return {
    withActivity: withMoods.length ? round2(mean(withMoods)) : null,
    without: withoutMoods.length ? round2(mean(withoutMoods)) : null,
    daysWith: withMoods.length,
    daysWithout: withoutMoods.length,
  };
}

export type SessionMood = { programId: string; moodBefore: number; moodAfter: number | null };
export type ProgramChange = { programId: string; sessions: number; averageChange: number };

/** The average mood change (after − before) per programme, best first, over sessions that have both
 * moods; empty until `minSessions` such sessions exist in all. */
export function moodChangeByProgram(sessions: SessionMood[], minSessions = 3): ProgramChange[] {
  const rated = sessions.filter((s): s is SessionMood & { moodAfter: number } => s.moodAfter !== null);
  if (rated.length < minSessions) return [];
  const byProgram = new Map<string, number[]>();
  for (const s of rated) byProgram.set(s.programId, [...(byProgram.get(s.programId) ?? []), s.moodAfter - s.moodBefore]);
  return [...byProgram.entries()]
    .map(([programId, changes]) => ({ programId, sessions: changes.length, averageChange: round2(mean(changes)) }))
    .sort((a, b) => b.averageChange - a.averageChange || b.sessions - a.sessions);
}

/** The slope of mood per day over the points (least squares), rounded; 0 for fewer than two days. */
export function moodTrend(days: DayMood[]): number {
  if (days.length < 2) return 0;
  const xs = days.map((d) => Date.parse(`${d.day}T00:00:00Z`) / 86_400_000);
  const mx = mean(xs);
  const my = mean(days.map((d) => d.mood));
  const num = days.reduce((sum, d, i) => sum + (xs[i]! - mx) * (d.mood - my), 0);
  const den = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return den === 0 ? 0 : round2(num / den);
}
