import "server-only";
import { eq } from "drizzle-orm";
import webpush, { WebPushError } from "web-push";
import { notifications, pushSubscriptions } from "../../db/schema";
import { translatorForUser } from "../../i18n/user-translator";
import type { JobHandler } from "../../queue/drain";
import { isNotificationKind } from "../kinds";
import { isChannelEnabled } from "../preferences";
import { quietHoursEnd } from "../quiet-hours";
import { getDeliverySettings } from "../settings";
import { pushActionsFor, type PushActions } from "./notification-actions";
import { getVapidDetails } from "./vapid";

const TTL_S = 24 * 60 * 60;

/** What the service worker (app/sw.ts) receives and shows; the title and body were written in the
 * recipient's language when the notification was made, the buttons are worded here. */
export type PushMessage = { id: string; kind: string; title: string; body: string; url: string } & PushActions;

/** Pushes one notification to one device; a device its push service no longer knows is removed. */
export const deliverPush: JobHandler = async ({ db, job, now }) => {
  const [notification] = await db.select().from(notifications).where(eq(notifications.id, String(job.payload.notificationId)));
  const [subscription] = await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.id, String(job.payload.subscriptionId)));
  if (!notification || !subscription || subscription.userId !== notification.userId) return;
  const kind = notification.kind;
  if (!isNotificationKind(kind) || !(await isChannelEnabled({ db, userId: notification.userId, kind, channel: "push" }))) return;
  const settings = await getDeliverySettings({ db, userId: notification.userId });
  const holdUntil = quietHoursEnd({ now, timeZone: settings.timeZone, quietHours: settings.quietHours });
  if (holdUntil) return { holdUntil };
  const t = await translatorForUser({ db, userId: notification.userId });
  const buttons = pushActionsFor(kind, {
    mood: (mood) => t(`Wellbeing.mood.${String(mood) as "1" | "2" | "3" | "4" | "5"}`),
    checkedIn: (mood) => t("Notifications.push.checkedIn", { mood }),
  });
  const message: PushMessage = { id: notification.id, kind, title: notification.title, body: notification.body, url: notification.url ?? "/notifications", ...buttons };
  try {
    await webpush.sendNotification(
      { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
      JSON.stringify(message),
      { vapidDetails: getVapidDetails(), TTL: TTL_S, contentEncoding: "aes128gcm" },
    );
  } catch (err) {
    if (err instanceof WebPushError && (err.statusCode === 404 || err.statusCode === 410)) {
      await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, subscription.id));
      return;
    }
    throw err;
  }
};
