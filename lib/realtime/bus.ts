import "server-only";
import { and, asc, gt, inArray, lt, sql, type SQL } from "drizzle-orm";
import { realtimeEvents } from "../db/schema";
import { rowsOf } from "../db/rows";
import type { Database, Db } from "../db/types";
import { log } from "../log";
import { broadcastToSupabase } from "./supabase";

// publish() writes the event to a short log and NOTIFYs every app instance on the same Postgres;
// each instance LISTENs once and fans events out to its own SSE subscribers.

export const NOTIFY_CHANNEL = "cadence_realtime";
/** pg_notify payloads must stay under 8000 bytes; larger data is refetched by id. */
export const MAX_PAYLOAD_BYTES = 4_000;
export const REPLAY_WINDOW_MS = 10 * 60_000;

export type BusEvent = { id: number; channel: string; type: string; payload: Record<string, unknown> };
export type Subscriber = (event: BusEvent) => void;

export type Bus = {
  subscribe: (channels: string[], subscriber: Subscriber) => Promise<() => void>;
  subscriberCount: () => number;
};

/** Publishing from inside another statement: `loggedEvents` is a `logged` CTE inserting the events
 * that `events` selects (channel, type, payload as jsonb), and `notifyLogged` the select expression
 * that announces each of them. A statement that causes events carries both, so the change and its
 * events commit together or not at all; call `published` for each event it returns. */
export function loggedEvents(events: SQL): SQL {
  return sql`logged as (
    insert into realtime_events (channel, type, payload) ${events}
    returning id, channel, type, payload
  )`;
}

export const notifyLogged = sql`pg_notify(${NOTIFY_CHANNEL}, json_build_object('id', logged.id, 'channel', logged.channel, 'type', logged.type, 'payload', logged.payload)::text)`;

/** What follows an event's commit besides its NOTIFY (which every instance hears once committed). */
export function published(event: BusEvent): BusEvent {
  broadcastToSupabase(event).catch((err: unknown) => log.warn({ err, channel: event.channel }, "supabase broadcast failed"));
  return event;
}

export async function publish({
  db,
  channel,
  type,
  payload = {},
}: {
  db: Db;
  channel: string;
  type: string;
  payload?: Record<string, unknown>;
}): Promise<BusEvent> {
  const size = Buffer.byteLength(JSON.stringify(payload));
  if (size > MAX_PAYLOAD_BYTES) {
    throw new Error(`Realtime payload for ${type} is ${size} bytes; publish ids and refetch the rest`);
  }
  const result = await db.execute(sql`
    with ${loggedEvents(sql`select ${channel}, ${type}, ${JSON.stringify(payload)}::jsonb`)}
    select logged.id, ${notifyLogged} from logged`);
  const [row] = rowsOf<{ id: number | string }>(result);
  if (!row) throw new Error("realtime insert returned no row");
  return published({ id: Number(row.id), channel, type, payload });
}

/** Events on these channels after `afterId`, oldest first (for Last-Event-ID resume). */
export async function eventsSince({ db, channels, afterId }: { db: Db; channels: string[]; afterId: number }) {
  const rows = await db
    .select()
    .from(realtimeEvents)
    .where(and(inArray(realtimeEvents.channel, channels), gt(realtimeEvents.id, afterId)))
    .orderBy(asc(realtimeEvents.id))
    .limit(1_000);
  return rows.map(({ id, channel, type, payload }) => ({ id, channel, type, payload }));
}

export async function deleteOldEvents({ db, now = Date.now() }: { db: Db; now?: number }): Promise<number> {
  const deleted = await db
    .delete(realtimeEvents)
    .where(lt(realtimeEvents.createdAt, new Date(now - REPLAY_WINDOW_MS)))
    .returning({ id: realtimeEvents.id });
  return deleted.length;
}

function createBus(database: Database): Bus {
  const subscribers = new Map<string, Set<Subscriber>>();
  let listening: Promise<unknown> | null = null;

  const dispatch = (raw: string) => {
    let event: BusEvent;
    try {
      event = JSON.parse(raw) as BusEvent;
    } catch {
      return;
    }
    for (const subscriber of subscribers.get(event.channel) ?? []) subscriber(event);
  };

  return {
    async subscribe(channels, subscriber) {
      listening ??= database.listen(NOTIFY_CHANNEL, dispatch).catch((err: unknown) => {
        listening = null;
        throw err;
      });
      await listening;
      for (const channel of channels) {
        if (!subscribers.has(channel)) subscribers.set(channel, new Set());
        subscribers.get(channel)?.add(subscriber);
      }
      return () => {
        for (const channel of channels) {
          const set = subscribers.get(channel);
          set?.delete(subscriber);
          if (set?.size === 0) subscribers.delete(channel);
        }
      };
    },
    subscriberCount: () => [...subscribers.values()].reduce((n, set) => n + set.size, 0),
  };
}

const buses = new WeakMap<Database, Bus>();

/** This instance's bus for a database: one LISTEN connection, many subscribers. */
export function getBus(database: Database): Bus {
  let bus = buses.get(database);
  if (!bus) {
    bus = createBus(database);
    buses.set(database, bus);
  }
  return bus;
}
