import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { inList } from "./in-list";
import { users } from "./users";

export const entryVisibilities = ["private", "shared"] as const;

/** What the journal analysis heard in an entry, by the LLM task or the offline lexicon analyser. */
export type EntryAnalysis = {
  emotions: { emotion: string; intensity: number }[];
  mood: number;
  themes: string[];
  summary: string;
  engine: "llm" | "offline";
  distress: boolean;
};

/** A quick mood check-in: 1–5, up to two emotions (primary first), a note and "what affected it" tags. */
export const wellbeingCheckins = pgTable(
  "wellbeing_checkins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    mood: smallint("mood").notNull(),
    emotions: jsonb("emotions").$type<string[]>().notNull().default([]),
    note: text("note").notNull().default(""),
    tags: jsonb("tags").$type<string[]>().notNull().default([]),
    day: date("day").notNull(),
    distress: boolean("distress").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("wellbeing_checkins_mood_check", sql`${t.mood} between 1 and 5`),
    index("wellbeing_checkins_user_day_idx").on(t.userId, t.day),
  ],
);

export const wellbeingEntries = pgTable(
  "wellbeing_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull().default(""),
    content: text("content").notNull().default(""),
    mood: smallint("mood"),
    tags: jsonb("tags").$type<string[]>().notNull().default([]),
    visibility: text("visibility", { enum: entryVisibilities }).notNull().default("private"),
    day: date("day").notNull(),
    analysis: jsonb("analysis").$type<EntryAnalysis>(),
    /** Bumped by every save; an analysis is stored only for the revision it read. */
    revision: integer("revision").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("wellbeing_entries_mood_check", sql`${t.mood} is null or ${t.mood} between 1 and 5`),
    check("wellbeing_entries_visibility_check", sql`${t.visibility} in (${inList(entryVisibilities)})`),
    index("wellbeing_entries_user_day_idx").on(t.userId, t.day),
    index("wellbeing_entries_search_idx").using("gin", sql`to_tsvector('simple', ${t.title} || ' ' || ${t.content})`),
  ],
);

/** An image kept with an entry; the bytes live in file storage under `storageKey`. */
export const wellbeingAttachments = pgTable("wellbeing_attachments", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  entryId: uuid("entry_id")
    .notNull()
    .references(() => wellbeingEntries.id, { onDelete: "cascade" }),
  storageKey: text("storage_key").notNull(),
  contentType: text("content_type").notNull(),
  bytes: integer("bytes").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const wellbeingMeditations = pgTable(
  "wellbeing_meditations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    programId: text("program_id").notNull(),
    moodBefore: smallint("mood_before").notNull(),
    moodAfter: smallint("mood_after"),
    completed: boolean("completed").notNull().default(false),
    durationSeconds: integer("duration_seconds").notNull().default(0),
    interruptions: integer("interruptions").notNull().default(0),
    notes: text("notes").notNull().default(""),
    day: date("day").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    check("wellbeing_meditations_mood_check", sql`${t.moodBefore} between 1 and 5 and (${t.moodAfter} is null or ${t.moodAfter} between 1 and 5)`),
    index("wellbeing_meditations_user_idx").on(t.userId, t.startedAt),
  ],
);

export const wellbeingSavedTracks = pgTable(
  "wellbeing_saved_tracks",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    trackId: text("track_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.trackId] })],
);

/** Wellbeing choices: sharing the week's mood with the Coach, and reminder times ("HH:mm", local). */
export const wellbeingSettings = pgTable("wellbeing_settings", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  shareMoodWithCoach: boolean("share_mood_with_coach").notNull().default(false),
  checkinReminderTime: text("checkin_reminder_time"),
  meditationReminderTime: text("meditation_reminder_time"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type WellbeingCheckin = typeof wellbeingCheckins.$inferSelect;
export type WellbeingEntry = typeof wellbeingEntries.$inferSelect;
export type WellbeingAttachment = typeof wellbeingAttachments.$inferSelect;
export type WellbeingMeditation = typeof wellbeingMeditations.$inferSelect;
export type WellbeingSettings = typeof wellbeingSettings.$inferSelect;
