import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

// No "server-only": calendar days shared by the server (streaks, summaries, due dates) and the pages. Days are
// "yyyy-MM-dd" strings in the user's own timezone; weeks start on Monday.

const DAY_MS = 24 * 60 * 60_000;

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return [y, m, d];
}

/** The calendar day `days` after `day` (negative goes back). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = parts(day);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the week that contains `day`. */
export function weekStartOf(day: string): string {
  const [y, m, d] = parts(day);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** The local calendar day of an instant in `timezone`; throws on an unknown timezone. */
export function localDayOf(instant: Date, timezone: string): string {
  const local = new TZDate(instant.getTime(), timezone);
  if (Number.isNaN(local.getTime())) throw new RangeError(`Unknown timezone ${timezone}`);
  return format(local, "yyyy-MM-dd");
}

/** The instant local midnight begins `day` in `timezone` (DST-aware). */
export function startOfLocalDay(day: string, timezone: string): Date {
  const [y, m, d] = parts(day);
  const start = new TZDate(y, m - 1, d, timezone);
  if (Number.isNaN(start.getTime())) throw new RangeError(`Unknown timezone ${timezone}`);
  return new Date(start.getTime());
}

/** [start, end) of `days` local days beginning with `day`. */
export function localRange(day: string, timezone: string, days = 1): { start: Date; end: Date } {
  return { start: startOfLocalDay(day, timezone), end: startOfLocalDay(addDays(day, days), timezone) };
}
