import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import type { ContextUsed } from "../../coach/why/context-used";
import { inList } from "./in-list";
import { users } from "./users";

export const coachFormalities = ["casual", "balanced", "formal"] as const;
export const goalStatuses = ["active", "paused", "completed", "abandoned"] as const;
export const conversationSessionTypes = ["check_in", "structured"] as const;
export const conversationModes = ["text", "voice"] as const;
export const conversationStatuses = ["active", "ended"] as const;
export const coachMessageRoles = ["user", "assistant"] as const;
export const messageRatingValues = ["up", "down"] as const;
export const actionItemStatuses = ["suggested", "pending", "done", "dismissed"] as const;
export const actionItemSources = ["extracted", "manual", "session"] as const;
export const sessionStatuses = ["scheduled", "in_progress", "completed", "cancelled"] as const;
export const sessionFrameworks = ["GROW", "OKR", "SWOT", "retrospective", "open"] as const;

/** The business the user runs and how they like to be coached (style lives on users.coach_style). */
export const coachProfiles = pgTable(
  "coach_profiles",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    industry: text("industry").notNull().default(""),
    stage: text("stage").notNull().default(""),
    company: text("company").notNull().default(""),
    location: text("location").notNull().default(""),
    revenueRange: text("revenue_range").notNull().default(""),
    teamSize: integer("team_size"),
    role: text("role").notNull().default(""),
    reportsTo: text("reports_to").notNull().default(""),
    directReports: integer("direct_reports"),
    markets: jsonb("markets").$type<string[]>().notNull().default([]),
    keyChallenges: jsonb("key_challenges").$type<string[]>().notNull().default([]),
    formality: text("formality", { enum: coachFormalities }).notNull().default("balanced"),
    voiceId: text("voice_id"),
    /** The user lets the coach read their Practice scores (last five, weakest category). */
    sharePracticeStats: boolean("share_practice_stats").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [check("coach_profiles_formality_check", sql`${t.formality} in (${inList(coachFormalities)})`)],
);

/** One edit of a goal or action item: when, and each field's value before and after. */
export type EditRecord = { at: string; changes: { field: string; from: string | number | null; to: string | number | null }[] };

export const coachGoals = pgTable(
  "coach_goals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    category: text("category").notNull().default("general"),
    priority: smallint("priority").notNull().default(3),
    targetDate: date("target_date"),
    status: text("status", { enum: goalStatuses }).notNull().default("active"),
    progress: smallint("progress").notNull().default(0),
    history: jsonb("history").$type<EditRecord[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    index("coach_goals_user_idx").on(t.userId, t.status),
    check("coach_goals_status_check", sql`${t.status} in (${inList(goalStatuses)})`),
    check("coach_goals_priority_check", sql`${t.priority} between 1 and 5`),
    check("coach_goals_progress_check", sql`${t.progress} between 0 and 100`),
  ],
);

export const coachSessions = pgTable(
  "coach_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    scheduledFor: timestamp("scheduled_for", { withTimezone: true }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    goal: text("goal").notNull(),
    framework: text("framework", { enum: sessionFrameworks }).notNull().default("GROW"),
    status: text("status", { enum: sessionStatuses }).notNull().default("scheduled"),
    outcomeSummary: text("outcome_summary"),
    rating: smallint("rating"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    // iCalendar SEQUENCE: calendars replace an imported event only when this number grows.
    calendarSequence: integer("calendar_sequence").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("coach_sessions_user_time_idx").on(t.userId, t.scheduledFor),
    check("coach_sessions_status_check", sql`${t.status} in (${inList(sessionStatuses)})`),
    check("coach_sessions_framework_check", sql`${t.framework} in (${inList(sessionFrameworks)})`),
    check("coach_sessions_duration_check", sql`${t.durationMinutes} between 5 and 240`),
    check("coach_sessions_rating_check", sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  ],
);

export const coachConversations = pgTable(
  "coach_conversations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionType: text("session_type", { enum: conversationSessionTypes }).notNull(),
    mode: text("mode", { enum: conversationModes }).notNull().default("text"),
    sessionId: uuid("session_id").references(() => coachSessions.id, { onDelete: "set null" }),
    title: text("title").notNull().default(""),
    status: text("status", { enum: conversationStatuses }).notNull().default("active"),
    messageCount: integer("message_count").notNull().default(0),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    index("coach_conversations_user_recent_idx").on(t.userId, t.lastMessageAt),
    check("coach_conversations_session_type_check", sql`${t.sessionType} in (${inList(conversationSessionTypes)})`),
    check("coach_conversations_mode_check", sql`${t.mode} in (${inList(conversationModes)})`),
    check("coach_conversations_status_check", sql`${t.status} in (${inList(conversationStatuses)})`),
  ],
);

export type CoachMessageMetadata = {
  provider?: string;
  model?: string;
  inputTokens?: number;
  outputTokens?: number;
  latencyMs?: number;
  firstTokenMs?: number;
  offline?: boolean;
  /** Past messages the coach was shown from deep memory, so the UI can say why it said what it said. */
  memories?: { messageId: string; createdAt: string; snippet: string; similarity: number }[];
  /** A pending action item the user's message reported done, which the UI offers to tick off. */
  doneActionItem?: { id: string; text: string };
  /** What the answer was built from, for "Why did you say that?" (answers stored before it have none). */
  contextUsed?: ContextUsed;
};

export const coachMessages = pgTable(
  "coach_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => coachConversations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: coachMessageRoles }).notNull(),
    content: text("content").notNull(),
    metadata: jsonb("metadata").$type<CoachMessageMetadata>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("coach_messages_conversation_idx").on(t.conversationId, t.createdAt),
    index("coach_messages_user_time_idx").on(t.userId, t.createdAt),
    check("coach_messages_role_check", sql`${t.role} in (${inList(coachMessageRoles)})`),
  ],
);

/** A user's thumbs up or down (with an optional note) on one coach answer, kept for review; one per
 * message per user, a re-rating replaces it. */
export const coachMessageRatings = pgTable(
  "coach_message_ratings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    messageId: uuid("message_id")
      .notNull()
      .references(() => coachMessages.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    rating: text("rating", { enum: messageRatingValues }).notNull(),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    unique("coach_message_ratings_message_user_unique").on(t.messageId, t.userId),
    index("coach_message_ratings_review_idx").on(t.rating, t.updatedAt),
    check("coach_message_ratings_rating_check", sql`${t.rating} in (${inList(messageRatingValues)})`),
  ],
);

export const coachActionItems = pgTable(
  "coach_action_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    conversationId: uuid("conversation_id").references(() => coachConversations.id, { onDelete: "set null" }),
    sessionId: uuid("session_id").references(() => coachSessions.id, { onDelete: "set null" }),
    goalId: uuid("goal_id").references(() => coachGoals.id, { onDelete: "set null" }),
    text: text("text").notNull(),
    dueDate: date("due_date"),
    status: text("status", { enum: actionItemStatuses }).notNull().default("pending"),
    source: text("source", { enum: actionItemSources }).notNull().default("manual"),
    history: jsonb("history").$type<EditRecord[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    index("coach_action_items_user_idx").on(t.userId, t.status),
    check("coach_action_items_status_check", sql`${t.status} in (${inList(actionItemStatuses)})`),
    check("coach_action_items_source_check", sql`${t.source} in (${inList(actionItemSources)})`),
  ],
);

export type SummaryActionItem = { text: string; status: string };
export type GoalProgressNote = { goalId: string; title: string; progress: number; note: string };

/** One per user per local calendar day with activity; (user, day) unique so the cron is idempotent. */
export const coachDailySummaries = pgTable(
  "coach_daily_summaries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    summary: text("summary").notNull(),
    keyTopics: jsonb("key_topics").$type<string[]>().notNull().default([]),
    sentiment: real("sentiment").notNull().default(0),
    actionItems: jsonb("action_items").$type<SummaryActionItem[]>().notNull().default([]),
    conversationCount: integer("conversation_count").notNull(),
    engine: text("engine").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("coach_daily_summaries_user_day_unique").on(t.userId, t.day)],
);

/** Rolled up from the dailies of one ISO week (weekStart is that Monday in the user's timezone). */
export const coachWeeklySummaries = pgTable(
  "coach_weekly_summaries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    weekStart: date("week_start").notNull(),
    progressNotes: text("progress_notes").notNull(),
    goalsProgress: jsonb("goals_progress").$type<GoalProgressNote[]>().notNull().default([]),
    keyDecisions: jsonb("key_decisions").$type<string[]>().notNull().default([]),
    challenges: jsonb("challenges").$type<string[]>().notNull().default([]),
    wins: jsonb("wins").$type<string[]>().notNull().default([]),
    dayCount: integer("day_count").notNull(),
    engine: text("engine").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("coach_weekly_summaries_user_week_unique").on(t.userId, t.weekStart)],
);

export type CoachProfile = typeof coachProfiles.$inferSelect;
export type CoachGoal = typeof coachGoals.$inferSelect;
export type CoachSession = typeof coachSessions.$inferSelect;
export type CoachConversation = typeof coachConversations.$inferSelect;
export type CoachMessage = typeof coachMessages.$inferSelect;
export type CoachActionItem = typeof coachActionItems.$inferSelect;
export type CoachMessageRating = typeof coachMessageRatings.$inferSelect;
export type CoachDailySummary = typeof coachDailySummaries.$inferSelect;
export type CoachWeeklySummary = typeof coachWeeklySummaries.$inferSelect;
