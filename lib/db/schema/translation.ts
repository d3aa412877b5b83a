import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, real, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { inList } from "./in-list";
import { users } from "./users";

export const translationEngines = ["deepl", "google", "llm", "apertium"] as const;
export type TranslationEngineName = (typeof translationEngines)[number];

/** One engine's answer for one text and pair, shared by every instance for an hour. The hash covers
 * the text and the glossary that shaped the answer. */
export const translationCache = pgTable(
  "translation_cache",
  {
    contentHash: text("content_hash").notNull(),
    sourceLang: text("source_lang").notNull(),
    targetLang: text("target_lang").notNull(),
    engine: text("engine", { enum: translationEngines }).notNull(),
    translatedText: text("translated_text").notNull(),
    confidence: real("confidence").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.contentHash, t.sourceLang, t.targetLang, t.engine] }),
    index("translation_cache_created_at_idx").on(t.createdAt),
    check("translation_cache_engine_check", sql`${t.engine} in (${inList(translationEngines)})`),
  ],
);

/** Characters translated per user, engine and calendar month (UTC, "YYYY-MM"). */
export const translationUsage = pgTable(
  "translation_usage",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    engine: text("engine", { enum: translationEngines }).notNull(),
    month: text("month").notNull(),
    characters: integer("characters").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.userId, t.engine, t.month] })],
);

/** Terms a user never wants translated (product and people names). */
export const glossaryTerms = pgTable(
  "glossary_terms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    term: text("term").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("glossary_terms_user_term_unique").on(t.userId, t.term)],
);

/** A translation a reader said was wrong, with both texts for review; the engine is avoided for
 * that text and pair afterwards. */
export const translationFlags = pgTable(
  "translation_flags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    messageId: uuid("message_id"),
    contentHash: text("content_hash").notNull(),
    sourceLang: text("source_lang").notNull(),
    targetLang: text("target_lang").notNull(),
    engine: text("engine", { enum: translationEngines }).notNull(),
    sourceText: text("source_text").notNull(),
    translatedText: text("translated_text").notNull(),
    reason: text("reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("translation_flags_lookup_idx").on(t.contentHash, t.sourceLang, t.targetLang)],
);

export type TranslationFlag = typeof translationFlags.$inferSelect;
