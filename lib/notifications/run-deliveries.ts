import "server-only";
import type { Db } from "../db/types";
import { drainQueue, type JobHandler } from "../queue/drain";
import { deliverNotificationEmail } from "./email/deliver-notification-email";
import { deliverDigest } from "./email/deliver-digest";
import { deliverEmail } from "./email/queue-email";
import { EMAIL_DIGEST_JOB, EMAIL_JOB, NOTIFICATION_EMAIL_JOB, PUSH_JOB, REMINDER_JOB } from "./job-types";
import { deliverPush } from "./push/deliver-push";
import { deliverReminder } from "./reminders/schedule-reminder";

// Built on first use: the senders import the queueing side, which kicks this runner.
const handlers = (): Record<string, JobHandler> => ({
  [NOTIFICATION_EMAIL_JOB]: deliverNotificationEmail,
  [EMAIL_JOB]: deliverEmail,
  [EMAIL_DIGEST_JOB]: deliverDigest,
  [PUSH_JOB]: deliverPush,
  [REMINDER_JOB]: deliverReminder,
});

/** Sends every due reminder, email and push message (the `deliveries` job, and kicked after a notify). */
export function runDeliveries({ db, now }: { db: Db; now?: () => Date }) {
  return drainQueue({ db, handlers: handlers(), now });
}
