import "server-only";
import { TZDate } from "@date-fns/tz";
import { and, eq, inArray, isNotNull, or } from "drizzle-orm";
import { users, wellbeingSettings } from "../db/schema";
import type { Db } from "../db/types";
import { translatorFor } from "../i18n/translator";
import { addDays, localDayOf } from "../local-days";
import { cancelPendingReminders, scheduleReminder } from "../notifications/reminders/schedule-reminder";

const REMINDERS = [
  { column: "checkinReminderTime", kind: "wellbeing.check-in", message: "checkin", url: "/wellbeing" },
  { column: "meditationReminderTime", kind: "wellbeing.meditation", message: "meditation", url: "/wellbeing/meditate" },
] as const;

/** The instant the wall clock in `timezone` shows `hhmm` on `day` (DST-aware). */
function atLocalTime(day: string, hhmm: string, timezone: string): Date {
  const [y, mo, d] = day.split("-").map(Number) as [number, number, number];
  const [h, mi] = hhmm.split(":").map(Number) as [number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, timezone).getTime());
}

/** The next instant `hhmm` falls in `timezone`, after `now`. */
export function nextOccurrence(hhmm: string, timezone: string, now: Date): Date {
  const today = localDayOf(now, timezone);
  const later = atLocalTime(today, hhmm, timezone);
  return later > now ? later : atLocalTime(addDays(today, 1), hhmm, timezone);
}

const keyPrefix = (kind: string, userId: string) => `${kind}:${userId}:`;

/** The `wellbeing-reminders` job (and each settings save): the next daily check-in and meditation
 * reminder for every user who chose a time. Keys name the user, kind, day and time, so runs that
 * overlap schedule nothing twice; quiet hours are applied when the reminder is delivered. For the
 * `userIds` whose settings just changed, reminders queued for an old or cleared time are dropped first. */
export async function scheduleWellbeingReminders({ db, now = new Date(), userIds }: { db: Db; now?: Date; userIds?: string[] }) {
  for (const userId of userIds ?? []) {
    for (const reminder of REMINDERS) await cancelPendingReminders({ db, keyPrefix: keyPrefix(reminder.kind, userId) });
  }
  const rows = await db
    .select({ userId: wellbeingSettings.userId, timezone: users.timezone, language: users.preferredLanguage, checkinReminderTime: wellbeingSettings.checkinReminderTime, meditationReminderTime: wellbeingSettings.meditationReminderTime })
    .from(wellbeingSettings)
    .innerJoin(users, eq(users.id, wellbeingSettings.userId))
    .where(and(or(isNotNull(wellbeingSettings.checkinReminderTime), isNotNull(wellbeingSettings.meditationReminderTime)), userIds ? inArray(wellbeingSettings.userId, userIds) : undefined));
  let scheduled = 0;
  for (const row of rows) {
    const t = translatorFor(row.language);
    for (const reminder of REMINDERS) {
      const time = row[reminder.column];
      if (!time) continue;
      const at = nextOccurrence(time, row.timezone, now);
      const created = await scheduleReminder({
        db,
        userId: row.userId,
        kind: reminder.kind,
        at,
        key: `${keyPrefix(reminder.kind, row.userId)}${localDayOf(at, row.timezone)}:${time}`,
        payload: { title: t(`Notices.${reminder.message}.title`), body: t(`Notices.${reminder.message}.body`), url: reminder.url },
      });
      if (created) scheduled += 1;
    }
  }
  return { users: rows.length, scheduled };
}
