import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { notificationPreferences } from "../db/schema";
import type { Db } from "../db/types";
import { kindNames, notificationKinds, type ChannelDefaults, type NotificationChannel, type NotificationKind } from "./kinds";

export type KindPreferences = Record<NotificationKind, ChannelDefaults>;

/** Every kind's channels for the user: their saved choice, else the kind's defaults. */
export async function getKindPreferences({ db, userId }: { db: Db; userId: string }): Promise<KindPreferences> {
  const rows = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  const saved = new Map(rows.map((r) => [r.kind, { inApp: r.inApp, push: r.push, email: r.email }]));
  return Object.fromEntries(kindNames.map((kind) => [kind, saved.get(kind) ?? { ...notificationKinds[kind].defaults }])) as KindPreferences;
}

/** Saves some channels of some kinds; the channels not given keep their current value. */
export async function saveKindPreferences({
  db,
  userId,
  changes,
}: {
  db: Db;
  userId: string;
  changes: Partial<Record<NotificationKind, Partial<Record<NotificationChannel, boolean>>>>;
}): Promise<KindPreferences> {
  const current = await getKindPreferences({ db, userId });
  for (const [kind, channels] of Object.entries(changes) as [NotificationKind, Partial<ChannelDefaults>][]) {
    const next = { ...current[kind], ...channels };
    await db
      .insert(notificationPreferences)
      .values({ userId, kind, ...next })
      .onConflictDoUpdate({
        target: [notificationPreferences.userId, notificationPreferences.kind],
        set: { inApp: next.inApp, push: next.push, email: next.email, updatedAt: sql`now()` },
      });
    current[kind] = next;
  }
  return current;
}

export async function isChannelEnabled({
  db,
  userId,
  kind,
  channel,
}: {
  db: Db;
  userId: string;
  kind: NotificationKind;
  channel: NotificationChannel;
}): Promise<boolean> {
  const [row] = await db
    .select()
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.kind, kind)));
  return row ? row[channel] : notificationKinds[kind].defaults[channel];
}
