import "server-only";
import { eq, sql } from "drizzle-orm";
import { wellbeingSettings } from "../db/schema";
import type { Db } from "../db/types";
import { scheduleWellbeingReminders } from "./reminders";

export type WellbeingSettingsUpdate = { shareMoodWithCoach?: boolean; checkinReminderTime?: string | null; meditationReminderTime?: string | null };

const DEFAULTS = { shareMoodWithCoach: false, checkinReminderTime: null, meditationReminderTime: null };

export async function getWellbeingSettings({ db, userId }: { db: Db; userId: string }) {
  const [row] = await db.select().from(wellbeingSettings).where(eq(wellbeingSettings.userId, userId));
  return row
    ? { shareMoodWithCoach: row.shareMoodWithCoach, checkinReminderTime: row.checkinReminderTime, meditationReminderTime: row.meditationReminderTime }
    : { ...DEFAULTS };
}

/** Saves the choices and schedules the next reminders at the new times. */
export async function saveWellbeingSettings({ db, userId, changes, now = new Date() }: { db: Db; userId: string; changes: WellbeingSettingsUpdate; now?: Date }) {
  const next = { ...(await getWellbeingSettings({ db, userId })), ...changes };
  await db
    .insert(wellbeingSettings)
    .values({ userId, ...next })
    .onConflictDoUpdate({ target: wellbeingSettings.userId, set: { ...next, updatedAt: sql`now()` } });
  await scheduleWellbeingReminders({ db, now, userIds: [userId] });
  return next;
}
