import "server-only";
import type { Db } from "../db/types";
import { drainQueue, type JobHandler } from "../queue/drain";
import { deliverNotificationEmail, NOTIFICATION_EMAIL_JOB } from "./email/deliver-notification-email";

const handlers: Record<string, JobHandler> = {
  [NOTIFICATION_EMAIL_JOB]: deliverNotificationEmail,
};

/** Sends every due email and push message (the `deliveries` job, and kicked after a notify). */
export function runDeliveries({ db, now }: { db: Db; now?: () => Date }) {
  return drainQueue({ db, handlers, now });
}
