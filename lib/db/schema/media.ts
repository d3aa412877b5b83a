import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { inList } from "./in-list";
import { users } from "./users";

/** What a room was opened for; each pillar that opens rooms appends its kind. */
export const roomOriginKinds = ["connect-match"] as const;
/** initiated → active (both joined) → completed; failed (the peers could not connect), missed (someone
 * did not join in time). */
export const roomStatuses = ["initiated", "active", "completed", "failed", "missed"] as const;
export const roomEndReasons = ["ended", "heartbeat-lost", "expired", "call-minutes", "connection-failed"] as const;
export const signalTypes = ["offer", "answer", "candidate"] as const;

export type RoomOriginKind = (typeof roomOriginKinds)[number];
export type RoomStatus = (typeof roomStatuses)[number];
export type RoomEndReason = (typeof roomEndReasons)[number];
export type SignalType = (typeof signalTypes)[number];

/** One 1:1 call. Media flows peer to peer; the server only keeps the lifecycle and relays signalling. */
export const rooms = pgTable(
  "rooms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    originKind: text("origin_kind", { enum: roomOriginKinds }).notNull(),
    originId: uuid("origin_id").notNull(),
    status: text("status", { enum: roomStatuses }).notNull().default("initiated"),
    endReason: text("end_reason", { enum: roomEndReasons }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    durationSeconds: integer("duration_seconds"),
    endedBy: uuid("ended_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    unique("rooms_origin_unique").on(t.originKind, t.originId),
    index("rooms_open_idx").on(t.status, t.expiresAt),
    check("rooms_origin_kind_check", sql`${t.originKind} in (${inList(roomOriginKinds)})`),
    check("rooms_status_check", sql`${t.status} in (${inList(roomStatuses)})`),
    check("rooms_end_reason_check", sql`${t.endReason} is null or ${t.endReason} in (${inList(roomEndReasons)})`),
  ],
);

/** Who may join a room; `lastHeartbeatAt` is how the server knows a participant is still there. */
export const roomParticipants = pgTable(
  "room_participants",
  {
    roomId: uuid("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joinedAt: timestamp("joined_at", { withTimezone: true }),
    lastHeartbeatAt: timestamp("last_heartbeat_at", { withTimezone: true }),
    leftAt: timestamp("left_at", { withTimezone: true }),
    /** When this participant was told their plan's call minutes are about to run out (once a day's call). */
    minutesWarnedAt: timestamp("minutes_warned_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.userId] }), index("room_participants_user_idx").on(t.userId)],
);

/** Signalling messages too large for a NOTIFY payload are kept here and fetched by id. */
export const roomSignals = pgTable(
  "room_signals",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    roomId: uuid("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    fromUserId: uuid("from_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type", { enum: signalTypes }).notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("room_signals_room_idx").on(t.roomId, t.id),
    check("room_signals_type_check", sql`${t.type} in (${inList(signalTypes)})`),
  ],
);

export type Room = typeof rooms.$inferSelect;
export type RoomParticipant = typeof roomParticipants.$inferSelect;
export type RoomSignal = typeof roomSignals.$inferSelect;
