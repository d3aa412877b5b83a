import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, like } from "drizzle-orm";
import { deliveryJobs, users } from "../../db/schema";
import type { Db } from "../../db/types";
import type { JobHandler } from "../../queue/drain";
import { enqueue } from "../../queue/enqueue";
import { REMINDER_JOB } from "../job-types";
import { isNotificationKind, type NotificationKind } from "../kinds";
import { notify } from "../notify";

export type ReminderPayload = { title: string; body?: string; url?: string | null; data?: Record<string, unknown> };

/** Schedules a notification for later. The same `key` schedules once, so a pillar can call this on
 * every change without duplicates; returns whether this call scheduled it. */
export async function scheduleReminder({
  db,
  userId,
  kind,
  at,
  payload,
  key = randomUUID(),
}: {
  db: Db;
  userId: string;
  kind: NotificationKind;
  at: Date;
  payload: ReminderPayload;
  key?: string;
}): Promise<boolean> {
  if (!isNotificationKind(kind)) throw new Error(`Unknown notification kind ${kind}`);
  return enqueue({ db, type: REMINDER_JOB, key: `${REMINDER_JOB}:${key}`, runAt: at, payload: { userId, kind, ...payload } });
}

/** Drops the reminders not yet sent whose key starts with `keyPrefix` (a changed or cleared time);
 * sent ones stay, so scheduling the same key again still does nothing. */
export async function cancelPendingReminders({ db, keyPrefix }: { db: Db; keyPrefix: string }): Promise<number> {
  const escaped = `${REMINDER_JOB}:${keyPrefix}`.replace(/[\\%_]/g, (c) => `\\${c}`);
  const removed = await db
    .delete(deliveryJobs)
    .where(and(eq(deliveryJobs.type, REMINDER_JOB), eq(deliveryJobs.state, "pending"), like(deliveryJobs.key, `${escaped}%`)))
    .returning({ id: deliveryJobs.id });
  return removed.length;
}

/** A due reminder becomes a notification (in-app, then push and email through their own jobs). The
 * job row is claimed by one drain at a time and finishes once, so a reminder is sent once. */
export const deliverReminder: JobHandler = async ({ db, job }) => {
  const { userId, kind, title, body, url, data } = job.payload as { userId: string; kind: string } & ReminderPayload;
  if (!isNotificationKind(kind)) return;
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!user) return;
  await notify({ db, userId, kind, title, body, url, data: { ...data, reminder: job.key } });
};
