import "server-only";
import { and, eq } from "drizzle-orm";
import { getConfig } from "../../config";
import { notificationPreferences, notifications, notificationSettings, users } from "../../db/schema";
import type { Db } from "../../db/types";
import type { JobHandler } from "../../queue/drain";
import { isNotificationKind, notificationKinds, type NotificationKind } from "../kinds";
import { quietHoursEnd } from "../quiet-hours";
import { addToDigest } from "./queue-digest";
import { sendEmail } from "./send-email";
import { renderNotificationEmail, unsubscribeHeaders } from "./templates";
import { createUnsubscribeToken } from "./unsubscribe-token";

export function unsubscribeUrls(userId: string, kind: NotificationKind) {
  const { APP_URL } = getConfig().env;
  const token = encodeURIComponent(createUnsubscribeToken({ userId, kind }));
  return { page: new URL(`/unsubscribe?token=${token}`, APP_URL).href, oneClick: new URL(`/api/notifications/unsubscribe?token=${token}`, APP_URL).href };
}

// One query for everything a send decides on: the notification, its user, their choice for the
// kind and their delivery settings (the job runs once per recipient, so this is the hot path).
async function load(db: Db, notificationId: string) {
  const [row] = await db
    .select({
      notification: notifications,
      email: users.email,
      timeZone: users.timezone,
      language: users.preferredLanguage,
      emailOn: notificationPreferences.email,
      quietStart: notificationSettings.quietStart,
      quietEnd: notificationSettings.quietEnd,
      emailDigest: notificationSettings.emailDigest,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .leftJoin(notificationPreferences, and(eq(notificationPreferences.userId, notifications.userId), eq(notificationPreferences.kind, notifications.kind)))
    .leftJoin(notificationSettings, eq(notificationSettings.userId, notifications.userId))
    .where(eq(notifications.id, notificationId));
  return row;
}

/** Mails one notification, unless it or its user is gone or they turned email off since; held
 * through quiet hours, or added to the daily digest when the user chose one. */
export const deliverNotificationEmail: JobHandler = async ({ db, job, now }) => {
  const row = await load(db, String(job.payload.notificationId));
  if (!row) return;
  const { notification, email, timeZone } = row;
  const kind = notification.kind;
  if (!isNotificationKind(kind) || !(row.emailOn ?? notificationKinds[kind].defaults.email)) return;
  if (row.emailDigest) {
    await addToDigest({ db, userId: notification.userId, notificationId: notification.id, timeZone, now });
    return;
  }
  const quietHours = row.quietStart && row.quietEnd ? { start: row.quietStart, end: row.quietEnd } : null;
  const holdUntil = quietHoursEnd({ now, timeZone, quietHours });
  if (holdUntil) return { holdUntil };
  const urls = unsubscribeUrls(notification.userId, kind);
  const content = renderNotificationEmail(kind, {
    title: notification.title,
    body: notification.body,
    url: new URL(notification.url ?? "/notifications", getConfig().env.APP_URL).href,
    unsubscribeUrl: urls.page,
    locale: row.language,
  });
  await sendEmail({ db, message: { to: email, ...content, headers: unsubscribeHeaders(urls.oneClick) } });
};
