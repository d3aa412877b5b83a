import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { inList } from "./in-list";
import { users } from "./users";

/** One user blocking another. Checked both ways: neither is ever matched with, or contacted by, the other. */
export const userBlocks = pgTable(
  "user_blocks",
  {
    blockerId: uuid("blocker_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    blockedId: uuid("blocked_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.blockerId, t.blockedId] }),
    index("user_blocks_blocked_idx").on(t.blockedId),
    check("user_blocks_not_self", sql`${t.blockerId} <> ${t.blockedId}`),
  ],
);

export type UserBlock = typeof userBlocks.$inferSelect;

/** One user muting another: a quiet block. The muter is never matched with the muted person again
 * and hears nothing from them (no notifications); the muted person is not told. */
export const userMutes = pgTable(
  "user_mutes",
  {
    muterId: uuid("muter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    mutedId: uuid("muted_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.muterId, t.mutedId] }),
    index("user_mutes_muted_idx").on(t.mutedId),
    check("user_mutes_not_self", sql`${t.muterId} <> ${t.mutedId}`),
  ],
);

export const reportReasons = ["harassment", "hate", "sexual", "spam", "underage", "self_harm", "other"] as const;
export const reportStatuses = ["open", "dismissed", "warned", "suspended", "banned"] as const;

export type ReportReason = (typeof reportReasons)[number];
export type ReportStatus = (typeof reportStatuses)[number];

/** A report of one user by another. The reporter's rows go with the reporter's account; a report
 * against a deleted account stays for moderators with the reporter's side only. */
export const userReports = pgTable(
  "user_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reporterId: uuid("reporter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reportedId: uuid("reported_id").references(() => users.id, { onDelete: "set null" }),
    matchId: uuid("match_id"),
    reason: text("reason", { enum: reportReasons }).notNull(),
    note: text("note").notNull().default(""),
    /** The reported person's clip transcript at the time, for the moderator. */
    transcript: text("transcript"),
    status: text("status", { enum: reportStatuses }).notNull().default("open"),
    resolvedBy: uuid("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolutionNote: text("resolution_note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("user_reports_reported_idx").on(t.reportedId, t.createdAt),
    index("user_reports_reporter_idx").on(t.reporterId),
    index("user_reports_open_idx").on(t.createdAt).where(sql`${t.status} = 'open'`),
    check("user_reports_reason_check", sql`${t.reason} in (${inList(reportReasons)})`),
    check("user_reports_status_check", sql`${t.status} in (${inList(reportStatuses)})`),
  ],
);

export type UserReport = typeof userReports.$inferSelect;
