import { TZDate } from "@date-fns/tz";
import { addDays, localDayOf } from "@/lib/local-days";

/** A wall-clock date and time in `timezone` as an ISO instant ("2026-11-24" + "09:30" in London). */
export function zonedToIso(date: string, time: string, timezone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const zoned = new TZDate(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), timezone);
  return Number.isNaN(zoned.getTime()) ? null : new Date(zoned.getTime()).toISOString();
}

/** Tomorrow in `timezone`, as the default day for a new session. */
export function tomorrowIn(timezone: string, now = new Date()): string {
  return addDays(localDayOf(now, timezone), 1);
}
