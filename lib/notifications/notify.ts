import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf } from "../db/rows";
import type { Db } from "../db/types";
import { loggedEvents, notifyLogged, published } from "../realtime/bus";
import { NOTIFICATION_EMAIL_JOB, PUSH_JOB } from "./job-types";
import { kickDeliveries } from "./kick-deliveries";
import { isNotificationKind, notificationKinds, type NotificationKind } from "./kinds";

export type NotificationInput = {
  kind: NotificationKind;
  title: string;
  body?: string;
  url?: string | null;
  data?: Record<string, unknown>;
};

export const NOTIFICATION_EVENT = "notification";

/** The same notification for many users in one statement: the rows, their `notification` events on
 * each `user:{id}` channel and the email and push jobs (one per device) commit together. A kind turned
 * off in-app is still written (email and push hang on it) but already read. Returns ids by user. */
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
  const defaults = notificationKinds[kind].defaults;
  const result = await db.execute(sql`
    with recipients as (
      select u.id::uuid as user_id,
        coalesce(p.in_app, ${defaults.inApp}) as in_app, coalesce(p.email, ${defaults.email}) as email,
        coalesce(p.push, ${defaults.push}) as push
      from jsonb_array_elements_text(${JSON.stringify(userIds)}::jsonb) as u(id)
      left join notification_preferences p on p.user_id = u.id::uuid and p.kind = ${kind}
    ),
    created as (
      insert into notifications (user_id, kind, title, body, url, data, read_at)
      select user_id, ${kind}, ${title}, ${body}, ${url}, ${JSON.stringify(data)}::jsonb,
        case when in_app then null else now() end
      from recipients
      returning id, user_id
    ),
    emails as (
      insert into delivery_jobs (key, type, payload)
      select 'email:' || created.id, ${NOTIFICATION_EMAIL_JOB}, jsonb_build_object('notificationId', created.id)
      from created join recipients using (user_id)
      where recipients.email
      on conflict (key) do nothing
    ),
    pushes as (
      insert into delivery_jobs (key, type, payload)
      select 'push:' || created.id || ':' || s.id, ${PUSH_JOB}, jsonb_build_object('notificationId', created.id, 'subscriptionId', s.id)
      from created join recipients using (user_id) join push_subscriptions s on s.user_id = created.user_id
      where recipients.push
      on conflict (key) do nothing
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
  kickDeliveries(db);
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
