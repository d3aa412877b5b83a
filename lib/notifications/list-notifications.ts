import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { notifications } from "../db/schema";
import type { Db } from "../db/types";

export const PAGE_SIZE = 20;

export type NotificationItem = {
  id: string;
  kind: string;
  title: string;
  body: string;
  url: string | null;
  readAt: string | null;
  createdAt: string;
};

export async function countUnread({ db, userId }: { db: Db; userId: string }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** One page (1-based) of the user's notifications, newest first, with their unread count. */
export async function listNotifications({ db, userId, page }: { db: Db; userId: string; page: number }) {
  const rows = await db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(PAGE_SIZE + 1)
    .offset((page - 1) * PAGE_SIZE);
  const items: NotificationItem[] = rows.slice(0, PAGE_SIZE).map((n) => ({
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    url: n.url,
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  }));
  return { items, unread: await countUnread({ db, userId }), page, hasMore: rows.length > PAGE_SIZE };
}
