import "server-only";
import { eq, sql } from "drizzle-orm";
import { notificationSettings, users } from "../db/schema";
import type { Db } from "../db/types";
import type { QuietHours } from "./quiet-hours";

export type DeliverySettings = { quietHours: QuietHours | null; emailDigest: boolean; timeZone: string };

export async function getDeliverySettings({ db, userId }: { db: Db; userId: string }): Promise<DeliverySettings> {
  const [row] = await db
    .select({ timeZone: users.timezone, quietStart: notificationSettings.quietStart, quietEnd: notificationSettings.quietEnd, emailDigest: notificationSettings.emailDigest })
    .from(users)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(eq(users.id, userId));
  const quietHours = row?.quietStart && row.quietEnd ? { start: row.quietStart, end: row.quietEnd } : null;
  return { quietHours, emailDigest: row?.emailDigest ?? false, timeZone: row?.timeZone ?? "UTC" };
}

export async function saveDeliverySettings({
  db,
  userId,
  changes,
}: {
  db: Db;
  userId: string;
  changes: { quietHours?: QuietHours | null; emailDigest?: boolean };
}): Promise<DeliverySettings> {
  const current = await getDeliverySettings({ db, userId });
  const quietHours = changes.quietHours === undefined ? current.quietHours : changes.quietHours;
  const emailDigest = changes.emailDigest ?? current.emailDigest;
  const values = { quietStart: quietHours?.start ?? null, quietEnd: quietHours?.end ?? null, emailDigest };
  await db
    .insert(notificationSettings)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: { ...values, updatedAt: sql`now()` } });
  return { ...current, quietHours, emailDigest };
}
