import { bigserial, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** A short log of published events, so a reconnecting client can replay what it missed
 * (Last-Event-ID). Rows older than the replay window are removed by the cleanup job. */
export const realtimeEvents = pgTable(
  "realtime_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    channel: text("channel").notNull(),
    type: text("type").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("realtime_events_channel_id_idx").on(t.channel, t.id), index("realtime_events_created_idx").on(t.createdAt)],
);

export type RealtimeEvent = typeof realtimeEvents.$inferSelect;
