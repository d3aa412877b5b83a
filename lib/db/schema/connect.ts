import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { inList } from "./in-list";
import { users } from "./users";

export const clipStatuses = ["pending", "processing", "completed", "error"] as const;
export const matchModes = ["similar", "uplift"] as const;
export const matchStatuses = ["pending", "accepted", "rejected", "expired"] as const;

export type ClipStatus = (typeof clipStatuses)[number];
export type MatchMode = (typeof matchModes)[number];
export type MatchStatus = (typeof matchStatuses)[number];

/** Who someone is on Connect and whom they want to meet. */
export const connectProfiles = pgTable("connect_profiles", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  displayName: text("display_name").notNull(),
  birthDate: date("birth_date").notNull(),
  gender: text("gender"),
  tagline: text("tagline").notNull().default(""),
  interests: text("interests").array().notNull().default(sql`'{}'::text[]`),
  languages: text("languages").array().notNull(),
  prefLanguages: text("pref_languages").array().notNull().default(sql`'{}'::text[]`),
  prefAgeMin: integer("pref_age_min"),
  prefAgeMax: integer("pref_age_max"),
  prefGenders: text("pref_genders").array().notNull().default(sql`'{}'::text[]`),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});

/** A voice clip: its audio (until cleanup), transcript and emotion vector (kept 24 h for matching).
 * Where pgvector exists a migration adds `emotion_vec vector(8)`, kept in step with `emotions`.
 * The owner_* columns copy what matching filters on from the owner's users and connect_profiles
 * rows, so finding a candidate is one scan of this table. Triggers (migration
 * connect_clip_owner_fields) keep them in step: filled on insert, rewritten on every change to
 * those rows; the app never writes them. */
export const connectClips = pgTable(
  "connect_clips",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: clipStatuses }).notNull().default("pending"),
    errorMessage: text("error_message"),
    storageKey: text("storage_key"),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    durationMs: integer("duration_ms").notNull(),
    transcript: text("transcript"),
    transcriptSource: text("transcript_source"),
    language: text("language"),
    languageConfidence: real("language_confidence"),
    /** Eight intensities in CONNECT_EMOTIONS order. */
    emotions: real("emotions").array(),
    emotionEngine: text("emotion_engine"),
    adjustedAt: timestamp("adjusted_at", { withTimezone: true }),
    processedAt: timestamp("processed_at", { withTimezone: true }),
    audioDeletedAt: timestamp("audio_deleted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    ownerEmailVerified: boolean("owner_email_verified"),
    ownerBannedAt: timestamp("owner_banned_at", { withTimezone: true }),
    ownerSuspendedUntil: timestamp("owner_suspended_until", { withTimezone: true }),
    ownerLanguages: text("owner_languages").array(),
    ownerPrefLanguages: text("owner_pref_languages").array(),
    ownerBirthDate: date("owner_birth_date"),
    ownerGender: text("owner_gender"),
    ownerPrefAgeMin: integer("owner_pref_age_min"),
    ownerPrefAgeMax: integer("owner_pref_age_max"),
    ownerPrefGenders: text("owner_pref_genders").array(),
  },
  (t) => [
    index("connect_clips_user_idx").on(t.userId, t.createdAt),
    index("connect_clips_active_idx").on(t.createdAt).where(sql`${t.status} = 'completed'`),
    // fastupdate off: PGlite has no autovacuum to merge a GIN pending list, which every search would scan.
    index("connect_clips_active_languages_idx")
      .using("gin", t.ownerLanguages)
      .with({ fastupdate: false })
      .where(sql`${t.status} = 'completed'`),
    index("connect_clips_active_birth_date_idx").on(t.ownerBirthDate).where(sql`${t.status} = 'completed'`),
    check("connect_clips_status_check", sql`${t.status} in (${inList(clipStatuses)})`),
  ],
);

/** Two people offered to each other; a call only when both accept. `userA` asked. */
export const connectMatches = pgTable(
  "connect_matches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userAId: uuid("user_a_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    userBId: uuid("user_b_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    clipAId: uuid("clip_a_id").references(() => connectClips.id, { onDelete: "set null" }),
    clipBId: uuid("clip_b_id").references(() => connectClips.id, { onDelete: "set null" }),
    mode: text("mode", { enum: matchModes }).notNull(),
    score: real("score").notNull(),
    reason: text("reason").notNull(),
    /** The same reason in the words of the person who was offered (B). */
    reasonB: text("reason_b").notNull(),
    sharedEmotions: text("shared_emotions").array().notNull().default(sql`'{}'::text[]`),
    status: text("status", { enum: matchStatuses }).notNull().default("pending"),
    aAcceptedAt: timestamp("a_accepted_at", { withTimezone: true }),
    bAcceptedAt: timestamp("b_accepted_at", { withTimezone: true }),
    rejectedBy: uuid("rejected_by"),
    roomId: uuid("room_id"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("connect_matches_a_idx").on(t.userAId, t.createdAt),
    index("connect_matches_b_idx").on(t.userBId, t.createdAt),
    check("connect_matches_mode_check", sql`${t.mode} in (${inList(matchModes)})`),
    check("connect_matches_status_check", sql`${t.status} in (${inList(matchStatuses)})`),
  ],
);

/** Someone nobody fitted yet: the next fitting clip from someone else triggers their match. */
export const connectWaits = pgTable("connect_waits", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  clipId: uuid("clip_id")
    .notNull()
    .references(() => connectClips.id, { onDelete: "cascade" }),
  mode: text("mode", { enum: matchModes }).notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type ConnectProfile = typeof connectProfiles.$inferSelect;
export type ConnectClip = typeof connectClips.$inferSelect;
export type ConnectMatch = typeof connectMatches.$inferSelect;
