import "server-only";
import { lt } from "drizzle-orm";
import { endIdleConversations } from "../coach/chat/end-idle-conversations";
import { runConnectCleanup } from "../connect/connect-cleanup";
import { authSessions, authVerifications, webhookDeliveries } from "../db/schema";
import type { Db } from "../db/types";
import { closeLapsedRooms } from "../media/close-lapsed-rooms";
import { deleteOldDeliveries } from "../notifications/delete-old-deliveries";
import { closeStaleCalls } from "../practice/calls/close-stale-calls";
import { deleteExpiredWindows } from "../rate-limit";
import { deleteOldEvents } from "../realtime/bus";
import { deleteExpiredTranslations } from "../translation/cache";

const DELIVERY_RETENTION_MS = 30 * 24 * 60 * 60_000;

/** Removes expired sessions and verification tokens, old rate-limit windows, webhook ids and
 * realtime events past their replay window, finished deliveries and old outbox mail, and ends coach
 * conversations left idle, practice calls left active for over two hours and rooms whose call has lapsed;
 * translations cached over an hour ago go too. */
export async function runCleanup({ db, now = new Date() }: { db: Db; now?: Date }) {
  const sessions = await db.delete(authSessions).where(lt(authSessions.expiresAt, now)).returning({ id: authSessions.id });
  const verifications = await db
    .delete(authVerifications)
    .where(lt(authVerifications.expiresAt, now))
    .returning({ id: authVerifications.id });
  const deliveries = await db
    .delete(webhookDeliveries)
    .where(lt(webhookDeliveries.receivedAt, new Date(now.getTime() - DELIVERY_RETENTION_MS)))
    .returning({ id: webhookDeliveries.deliveryId });
  const rateLimitWindows = await deleteExpiredWindows({ db, now: now.getTime() });
  const realtimeEvents = await deleteOldEvents({ db, now: now.getTime() });
  const endedConversations = await endIdleConversations({ db, now });
  const notificationDeliveries = await deleteOldDeliveries({ db, now });
  const closedCalls = await closeStaleCalls({ db, now });
  const connect = await runConnectCleanup({ db, now });
  const { closedRooms } = await closeLapsedRooms({ db, now });
  const expiredTranslations = await deleteExpiredTranslations({ db, now });
  return {
    expiredSessions: sessions.length,
    expiredVerifications: verifications.length,
    oldWebhookDeliveries: deliveries.length,
    rateLimitWindows,
    realtimeEvents,
    endedConversations,
    closedCalls,
    ...connect,
    closedRooms,
    expiredTranslations,
    ...notificationDeliveries,
  };
}
