import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { notifications } from "../db/schema";
import type { Db } from "../db/types";
import { publish } from "../realtime/bus";
import { countUnread } from "./list-notifications";

export const READ_EVENT = "notification.read";

/** Marks the given notifications (or all) read; ids of other users' notifications change nothing.
 * Other tabs learn the new unread count over `user:{id}`. */
export async function markRead({
  db,
  userId,
  ids,
  all = false,
}: {
  db: Db;
  userId: string;
  ids?: string[];
  all?: boolean;
}): Promise<{ updated: number; unread: number }> {
  const scope = all ? undefined : inArray(notifications.id, ids ?? []);
  const updated =
    all || (ids?.length ?? 0) > 0
      ? await db
          .update(notifications)
          .set({ readAt: new Date() })
          .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), scope))
          .returning({ id: notifications.id })
      : [];
  const unread = await countUnread({ db, userId });
  if (updated.length > 0) await publish({ db, channel: `user:${userId}`, type: READ_EVENT, payload: { unread } });
  return { updated: updated.length, unread };
}
