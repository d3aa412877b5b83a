import { integer, pgTable, real, text, timestamp } from "drizzle-orm/pg-core";

/** Embeddings by content hash, so the same text is never embedded twice by the same model.
 * Stored as real[] so it works on any Postgres; pillars that search copy vectors into pgvector
 * columns where the extension exists. */
export const embeddingCache = pgTable("embedding_cache", {
  key: text("key").primaryKey(),
  model: text("model").notNull(),
  dimensions: integer("dimensions").notNull(),
  embedding: real("embedding").array().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type EmbeddingCacheRow = typeof embeddingCache.$inferSelect;
