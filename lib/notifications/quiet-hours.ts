import { TZDate } from "@date-fns/tz";

// No "server-only": pure time rules, shared by delivery and the settings form. Times are "HH:mm" on
// the user's wall clock; a window may cross midnight (22:00–07:00). DST is the timezone database's job.

export type QuietHours = { start: string; end: string };

const minutesOf = (hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(":").map(Number);
  return h * 60 + m;
};

/** The instant of wall-clock `hhmm` on the local day of `local`, plus `days`. A time that does not
 * exist that day (spring forward) comes out just after the gap. */
function wallClock(local: TZDate, hhmm: string, days: number): Date {
  const minutes = minutesOf(hhmm);
  return new Date(
    new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + days, Math.floor(minutes / 60), minutes % 60, local.timeZone ?? "UTC").getTime(),
  );
}

/** When the quiet window that `now` falls in ends, or null when `now` is not in quiet hours. */
export function quietHoursEnd({ now, timeZone, quietHours }: { now: Date; timeZone: string; quietHours: QuietHours | null }): Date | null {
  if (!quietHours || quietHours.start === quietHours.end) return null;
  const local = new TZDate(now.getTime(), timeZone);
  const minute = local.getHours() * 60 + local.getMinutes();
  const start = minutesOf(quietHours.start);
  const end = minutesOf(quietHours.end);
  if (start < end) return minute >= start && minute < end ? wallClock(local, quietHours.end, 0) : null;
  if (minute >= start) return wallClock(local, quietHours.end, 1);
  if (minute < end) return wallClock(local, quietHours.end, 0);
  return null;
}

export const DIGEST_TIME = "08:00";

/** The next daily-digest send time after `now` in the user's timezone. */
export function nextDigestAt({ now, timeZone }: { now: Date; timeZone: string }): Date {
  const local = new TZDate(now.getTime(), timeZone);
  const today = wallClock(local, DIGEST_TIME, 0);
  return today.getTime() > now.getTime() ? today : wallClock(local, DIGEST_TIME, 1);
}
