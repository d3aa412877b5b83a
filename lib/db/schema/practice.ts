import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { rubricCategories, type CategoryScore, type KeyMoment, type QuickScore, type RubricCategory } from "../../practice/types";
import { inList } from "./in-list";
import { users } from "./users";

/** "failed": the call could not be started or continued (the voice agent would not connect). */
export const callStatuses = ["pending", "active", "completed", "failed"] as const;
export const scoreStatuses = ["none", "pending", "ready", "failed"] as const;
/** "import": a real call's transcript the rep brought in to be scored like a practice call. */
export const callSources = ["practice", "import"] as const;

/** Presets have no owner; generated personas belong to the user who made them. */
export const personas = pgTable(
  "personas",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "cascade" }),
    slug: text("slug").unique(),
    name: text("name").notNull(),
    role: text("role").notNull(),
    company: text("company").notNull(),
    industry: text("industry").notNull(),
    personality: text("personality").notNull(),
    difficulty: text("difficulty").notNull(),
    backstory: text("backstory").notNull(),
    hiddenPains: jsonb("hidden_pains").$type<string[]>().notNull(),
    objections: jsonb("objections").$type<string[]>().notNull(),
    voiceId: text("voice_id").notNull(),
    systemPrompt: text("system_prompt").notNull(),
    firstMessage: text("first_message").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("personas_owner_idx").on(t.ownerId),
    check("personas_personality_check", sql`${t.personality} in ('skeptical', 'busy', 'friendly', 'technical', 'hostile')`),
    check("personas_difficulty_check", sql`${t.difficulty} in ('easy', 'medium', 'hard')`),
  ],
);

export const calls = pgTable(
  "calls",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    personaId: uuid("persona_id")
      .notNull()
      .references(() => personas.id, { onDelete: "cascade" }),
    mode: text("mode").notNull(),
    status: text("status", { enum: callStatuses }).notNull().default("pending"),
    voiceMode: text("voice_mode", { enum: ["elevenlabs", "browser"] }),
    conversationId: text("conversation_id").unique(),
    personaState: jsonb("persona_state").$type<Record<string, unknown>>(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    durationSeconds: integer("duration_seconds"),
    quickScore: jsonb("quick_score").$type<QuickScore>(),
    scoreStatus: text("score_status", { enum: scoreStatuses }).notNull().default("none"),
    scoreError: text("score_error"),
    failureReason: text("failure_reason"),
    title: text("title"),
    notes: text("notes"),
    source: text("source", { enum: callSources }).notNull().default("practice"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("calls_user_created_idx").on(t.userId, t.createdAt),
    check("calls_source_check", sql`${t.source} in (${inList(callSources)})`),
    check("calls_mode_check", sql`${t.mode} in ('cold_call', 'discovery', 'objection_gauntlet')`),
    check("calls_status_check", sql`${t.status} in (${inList(callStatuses)})`),
    check("calls_score_status_check", sql`${t.scoreStatus} in (${inList(scoreStatuses)})`),
  ],
);

export const transcriptEntries = pgTable(
  "transcript_entries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    callId: uuid("call_id")
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    content: text("content").notNull(),
    timestampMs: integer("timestamp_ms").notNull(),
    clientId: text("client_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("transcript_entries_call_client_unique").on(t.callId, t.clientId),
    index("transcript_entries_call_time_idx").on(t.callId, t.timestampMs),
    check("transcript_entries_role_check", sql`${t.role} in ('rep', 'persona')`),
  ],
);

export const callScores = pgTable("call_scores", {
  callId: uuid("call_id")
    .primaryKey()
    .references(() => calls.id, { onDelete: "cascade" }),
  overallScore: integer("overall_score").notNull(),
  categories: jsonb("categories").$type<Record<RubricCategory, CategoryScore>>().notNull(),
  strengths: jsonb("strengths").$type<string[]>().notNull(),
  improvements: jsonb("improvements").$type<string[]>().notNull(),
  keyMoments: jsonb("key_moments").$type<KeyMoment[]>().notNull(),
  scorer: text("scorer").notNull(),
  /** A short paragraph summing up the call, from the LLM or built from the rubric results. */
  feedback: text("feedback"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A rep's argument against one category's grade and the re-grade it got; one per category per call,
 * both grades kept. */
export const callScoreDisputes = pgTable(
  "call_score_disputes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    callId: uuid("call_id")
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    category: text("category").$type<RubricCategory>().notNull(),
    reason: text("reason").notNull(),
    citedLines: jsonb("cited_lines").$type<number[]>().notNull().default([]),
    before: jsonb("before").$type<CategoryScore>().notNull(),
    after: jsonb("after").$type<CategoryScore>().notNull(),
    explanation: text("explanation").notNull(),
    regradedBy: text("regraded_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("call_score_disputes_call_category_unique").on(t.callId, t.category),
    check("call_score_disputes_category_check", sql`${t.category} in (${inList(rubricCategories)})`),
  ],
);

/** A hint the rep asked for during a call, kept so the debrief can show which moves were prompted. */
export const callHints = pgTable(
  "call_hints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    callId: uuid("call_id")
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    text: text("text").notNull(),
    /** How many transcript lines there were when it was asked for. */
    atLine: integer("at_line").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("call_hints_call_idx").on(t.callId, t.createdAt)],
);

export type Persona = typeof personas.$inferSelect;
export type Call = typeof calls.$inferSelect;
export type TranscriptEntry = typeof transcriptEntries.$inferSelect;
export type CallScore = typeof callScores.$inferSelect;
export type CallScoreDispute = typeof callScoreDisputes.$inferSelect;
