import "server-only";
import { eq, inArray } from "drizzle-orm";
import { createEmbeddingKey } from "../ai/embedding-cache";
import { getConfig } from "../config";
import { coachMessages, embeddingCache } from "../db/schema";
import type { Db } from "../db/types";

const KEYS_PER_DELETE = 500;

/** Removes the cached OpenAI embeddings of the user's coach messages. The cache is keyed by a hash
 * of model and text, with no owner, so the keys are recomputed from the messages before they go;
 * a text another user also wrote is simply embedded again when they next need it. */
export async function forgetCoachEmbeddings({ db, userId }: { db: Db; userId: string }): Promise<number> {
  const messages = await db.selectDistinct({ content: coachMessages.content }).from(coachMessages).where(eq(coachMessages.userId, userId));
  const keys = messages.filter((m) => m.content.trim()).map((m) => createEmbeddingKey({ model: getConfig().models.embedding, text: m.content }));
  let removed = 0;
  for (let start = 0; start < keys.length; start += KEYS_PER_DELETE) {
    const deleted = await db
      .delete(embeddingCache)
      .where(inArray(embeddingCache.key, keys.slice(start, start + KEYS_PER_DELETE)))
      .returning({ key: embeddingCache.key });
    removed += deleted.length;
  }
  return removed;
}
