import "server-only";
import type { Db } from "../db/types";
import { kindNames, notificationKinds, type NotificationChannel, type NotificationKind } from "./kinds";
import { getKindPreferences, saveKindPreferences } from "./preferences";
import type { QuietHours } from "./quiet-hours";
import { getDeliverySettings, saveDeliverySettings } from "./settings";

export type PreferencesUpdate = {
  kinds?: Partial<Record<NotificationKind, Partial<Record<NotificationChannel, boolean>>>>;
  quietHours?: QuietHours | null;
  emailDigest?: boolean;
};

const catalog = kindNames.map((kind) => ({ kind, label: notificationKinds[kind].label, description: notificationKinds[kind].description }));

/** Everything the settings page shows: each kind × channel, quiet hours, digest, and the kinds' labels. */
export async function getNotificationPreferences({ db, userId }: { db: Db; userId: string }) {
  const [kinds, settings] = await Promise.all([getKindPreferences({ db, userId }), getDeliverySettings({ db, userId })]);
  return { kinds, quietHours: settings.quietHours, emailDigest: settings.emailDigest, timeZone: settings.timeZone, catalog };
}

export async function updateNotificationPreferences({ db, userId, update }: { db: Db; userId: string; update: PreferencesUpdate }) {
  if (update.kinds) await saveKindPreferences({ db, userId, changes: update.kinds });
  if (update.quietHours !== undefined || update.emailDigest !== undefined) {
    await saveDeliverySettings({ db, userId, changes: { quietHours: update.quietHours, emailDigest: update.emailDigest } });
  }
  return getNotificationPreferences({ db, userId });
}
