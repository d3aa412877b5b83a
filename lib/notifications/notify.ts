import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf } from "../db/rows";
import type { Db } from "../db/types";
import { loggedEvents, notifyLogged, published } from "../realtime/bus";
import { isNotificationKind, type NotificationKind } from "./kinds";

export type NotificationInput = {
  kind: NotificationKind;
  title: string;
  body?: string;
  url?: string | null;
  data?: Record<string, unknown>;
};

export const NOTIFICATION_EVENT = "notification";

/** The same notification for many users in one statement: the rows and their `notification` events
 * on each `user:{id}` channel commit together. Returns the new notification ids by user. */
export async function notifyMany({
  db,
  userIds,
  kind,
  title,
  body = "",
  url = null,
  data = {},
}: NotificationInput & { db: Db; userIds: string[] }): Promise<Map<string, string>> {
  if (!isNotificationKind(kind)) throw new Error(`Unknown notification kind ${kind}`);
  if (userIds.length === 0) return new Map();
  const result = await db.execute(sql`
    with created as (
      insert into notifications (user_id, kind, title, body, url, data)
      select u.id::uuid, ${kind}, ${title}, ${body}, ${url}, ${JSON.stringify(data)}::jsonb
      from jsonb_array_elements_text(${JSON.stringify(userIds)}::jsonb) as u(id)
      returning id, user_id
    ),
    ${loggedEvents(sql`
      select 'user:' || created.user_id, ${NOTIFICATION_EVENT},
        jsonb_build_object('id', created.id, 'kind', ${kind}::text, 'title', ${title}::text, 'url', ${url}::text)
      from created`)}
    select logged.id as event_id, logged.channel, logged.type, logged.payload, ${notifyLogged} from logged`);
  const ids = new Map<string, string>();
  for (const row of rowsOf<{ event_id: number | string; channel: string; type: string; payload: { id: string } }>(result)) {
    const userId = row.channel.slice("user:".length);
    ids.set(userId, row.payload.id);
    published({ id: Number(row.event_id), channel: row.channel, type: row.type, payload: row.payload });
  }
  return ids;
}

/** Writes one in-app notification and announces it on `user:{id}`; returns its id. */
export async function notify(input: NotificationInput & { db: Db; userId: string }): Promise<string> {
  const { userId, ...rest } = input;
  const ids = await notifyMany({ ...rest, userIds: [userId] });
  const id = ids.get(userId);
  if (!id) throw new Error("notification insert returned no row");
  return id;
}
