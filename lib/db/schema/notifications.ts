import { sql } from "drizzle-orm";
import { bigserial, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

const ownerId = () =>
  uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });

/** The in-app notification centre: one row per notification, unread while read_at is null. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: ownerId(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    url: text("url"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    index("notifications_user_time_idx").on(t.userId, t.createdAt),
    index("notifications_user_unread_idx").on(t.userId).where(sql`${t.readAt} is null`),
  ],
);

/** A user's choice for one kind; a kind without a row uses its defaults (lib/notifications/kinds.ts). */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: ownerId(),
    kind: text("kind").notNull(),
    inApp: boolean("in_app").notNull(),
    push: boolean("push").notNull(),
    email: boolean("email").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** Per-user delivery rules: quiet hours ("HH:mm" in users.timezone; push and email wait until they
 * end) and whether notification email comes as one daily digest. */
export const notificationSettings = pgTable("notification_settings", {
  userId: ownerId().primaryKey(),
  quietStart: text("quiet_start"),
  quietEnd: text("quiet_end"),
  emailDigest: boolean("email_digest").notNull().default(false),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});

/** One browser or device that accepted web push for the user; removed when its push service says
 * it is gone (404 / 410). */
export const pushSubscriptions = pgTable(
  "push_subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: ownerId(),
    endpoint: text("endpoint").notNull().unique(),
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("push_subscriptions_user_idx").on(t.userId)],
);

/** Mail kept instead of sent when no SMTP server is configured; shown at /dev/outbox. */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    from: text("from").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("email_outbox_to_time_idx").on(t.to, t.createdAt)],
);

export const deliveryStates = ["pending", "sent", "failed"] as const;

/** Work that leaves the request path (email, push): claimed with FOR UPDATE SKIP LOCKED, retried with
 * backoff; the unique key makes a second enqueue of the same message a no-op. */
export const deliveryJobs = pgTable(
  "delivery_jobs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    key: text("key").notNull().unique(),
    type: text("type").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    state: text("state", { enum: deliveryStates }).notNull().default("pending"),
    runAt: timestamp("run_at", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(5),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("delivery_jobs_due_idx").on(t.runAt).where(sql`${t.state} = 'pending'`),
    check("delivery_jobs_state_check", sql`${t.state} in ('pending', 'sent', 'failed')`),
  ],
);

export type Notification = typeof notifications.$inferSelect;
export type NotificationPreference = typeof notificationPreferences.$inferSelect;
export type NotificationSettings = typeof notificationSettings.$inferSelect;
export type PushSubscription = typeof pushSubscriptions.$inferSelect;
export type OutboxEmail = typeof emailOutbox.$inferSelect;
export type DeliveryJob = typeof deliveryJobs.$inferSelect;
