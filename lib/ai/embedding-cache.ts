import "server-only";
import { createHash } from "node:crypto";
import { inArray } from "drizzle-orm";
import { embeddingCache } from "../db/schema";
import type { Db } from "../db/types";

/** sha256 of model and text: the same text embedded by another model is another entry. */
export function createEmbeddingKey({ model, text }: { model: string; text: string }): string {
  return createHash("sha256").update(model).update("\u0000").update(text).digest("hex");
}

/** Every cached embedding among `keys`, in one query. */
export async function readCachedEmbeddings({ db, keys }: { db: Db; keys: string[] }): Promise<Map<string, number[]>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .select({ key: embeddingCache.key, embedding: embeddingCache.embedding })
    .from(embeddingCache)
    .where(inArray(embeddingCache.key, keys));
  return new Map(rows.map((row) => [row.key, row.embedding]));
}

/** Stores new embeddings in one insert; a concurrent request that stored the same text first wins. */
export async function writeCachedEmbeddings({
  db,
  model,
  entries,
}: {
  db: Db;
  model: string;
  entries: { key: string; embedding: number[] }[];
}): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insert(embeddingCache)
    .values(entries.map(({ key, embedding }) => ({ key, model, dimensions: embedding.length, embedding })))
    .onConflictDoNothing();
}
