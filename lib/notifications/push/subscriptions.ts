import "server-only";
import { and, eq } from "drizzle-orm";
import { pushSubscriptions } from "../../db/schema";
import type { Db } from "../../db/types";

export type PushSubscriptionInput = { endpoint: string; keys: { p256dh: string; auth: string }; userAgent?: string | null };

/** Saves this device's subscription for the user. An endpoint belongs to one browser profile, so if
 * it was another account's (signed out, signed in as someone else) it moves to this one. */
export async function savePushSubscription({ db, userId, subscription }: { db: Db; userId: string; subscription: PushSubscriptionInput }) {
  const values = { userId, endpoint: subscription.endpoint, p256dh: subscription.keys.p256dh, auth: subscription.keys.auth, userAgent: subscription.userAgent ?? null };
  const [row] = await db
    .insert(pushSubscriptions)
    .values(values)
    .onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: values })
    .returning({ id: pushSubscriptions.id, endpoint: pushSubscriptions.endpoint, createdAt: pushSubscriptions.createdAt });
  return row;
}

/** Removes the user's subscription for one endpoint; another user's endpoint is left alone. */
export async function deletePushSubscription({ db, userId, endpoint }: { db: Db; userId: string; endpoint: string }) {
  const deleted = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.endpoint, endpoint)))
    .returning({ id: pushSubscriptions.id });
  return { deleted: deleted.length };
}
