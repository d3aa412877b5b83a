import "server-only";
import { eq } from "drizzle-orm";
import { getConfig } from "../../config";
import { notifications, users } from "../../db/schema";
import type { Db } from "../../db/types";
import type { JobHandler } from "../../queue/drain";
import { isNotificationKind, type NotificationKind } from "../kinds";
import { isChannelEnabled } from "../preferences";
import { quietHoursEnd } from "../quiet-hours";
import { getDeliverySettings } from "../settings";
import { addToDigest } from "./queue-digest";
import { sendEmail } from "./send-email";
import { renderNotificationEmail, unsubscribeHeaders } from "./templates";
import { createUnsubscribeToken } from "./unsubscribe-token";

export function unsubscribeUrls(userId: string, kind: NotificationKind) {
  const { APP_URL } = getConfig().env;
  const token = encodeURIComponent(createUnsubscribeToken({ userId, kind }));
  return { page: new URL(`/unsubscribe?token=${token}`, APP_URL).href, oneClick: new URL(`/api/notifications/unsubscribe?token=${token}`, APP_URL).href };
}

async function load(db: Db, notificationId: string) {
  const [row] = await db
    .select({ notification: notifications, email: users.email })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notifications.id, notificationId));
  return row;
}

/** Mails one notification, unless it or its user is gone or they turned email off since; held
 * through quiet hours, or added to the daily digest when the user chose one. */
export const deliverNotificationEmail: JobHandler = async ({ db, job, now }) => {
  const row = await load(db, String(job.payload.notificationId));
  if (!row) return;
  const { notification, email } = row;
  const kind = notification.kind;
  if (!isNotificationKind(kind)) return;
  if (!(await isChannelEnabled({ db, userId: notification.userId, kind, channel: "email" }))) return;
  const settings = await getDeliverySettings({ db, userId: notification.userId });
  if (settings.emailDigest) {
    await addToDigest({ db, userId: notification.userId, notificationId: notification.id, timeZone: settings.timeZone, now });
    return;
  }
  const holdUntil = quietHoursEnd({ now, timeZone: settings.timeZone, quietHours: settings.quietHours });
  if (holdUntil) return { holdUntil };
  const urls = unsubscribeUrls(notification.userId, kind);
  const content = renderNotificationEmail(kind, {
    title: notification.title,
    body: notification.body,
    url: new URL(notification.url ?? "/notifications", getConfig().env.APP_URL).href,
    unsubscribeUrl: urls.page,
  });
  await sendEmail({ db, message: { to: email, ...content, headers: unsubscribeHeaders(urls.oneClick) } });
};
