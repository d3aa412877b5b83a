import "server-only";
import { createHash } from "node:crypto";
import { and, eq, gt, inArray, lt, sql } from "drizzle-orm";
import { translationCache } from "../db/schema";
import type { Db } from "../db/types";
import type { EngineAnswer, TranslationEngineName } from "./types";

export const CACHE_TTL_MS = 60 * 60_000;

/** The hash a cached answer and a flag are filed under: the text and the glossary that shaped it. */
export function contentHash(text: string, glossary: string[] = []): string {
  return createHash("sha256").update(JSON.stringify([text, [...glossary].sort()])).digest("hex");
}

export type CacheKey = { hash: string; from: string; to: string };

/** The fresh answers for this text and pair by engine (engines the caller may use only). */
export async function readCache({ db, key, engines, now = new Date() }: { db: Db; key: CacheKey; engines: TranslationEngineName[]; now?: Date }) {
  if (engines.length === 0) return new Map<TranslationEngineName, EngineAnswer>();
  const rows = await db
    .select()
    .from(translationCache)
    .where(
      and(
        eq(translationCache.contentHash, key.hash),
        eq(translationCache.sourceLang, key.from),
        eq(translationCache.targetLang, key.to),
        inArray(translationCache.engine, engines),
        gt(translationCache.createdAt, new Date(now.getTime() - CACHE_TTL_MS)),
      ),
    );
  return new Map(rows.map((r) => [r.engine, { text: r.translatedText, confidence: r.confidence }]));
}

export async function writeCache({ db, key, engine, answer }: { db: Db; key: CacheKey; engine: TranslationEngineName; answer: EngineAnswer }) {
  await db
    .insert(translationCache)
    .values({ contentHash: key.hash, sourceLang: key.from, targetLang: key.to, engine, translatedText: answer.text, confidence: answer.confidence })
    .onConflictDoUpdate({
      target: [translationCache.contentHash, translationCache.sourceLang, translationCache.targetLang, translationCache.engine],
      set: { translatedText: answer.text, confidence: answer.confidence, createdAt: sql`now()` },
    });
}

/** Drops expired answers (the cleanup cron). */
export async function deleteExpiredTranslations({ db, now = new Date() }: { db: Db; now?: Date }): Promise<number> {
  const gone = await db
    .delete(translationCache)
    .where(lt(translationCache.createdAt, new Date(now.getTime() - CACHE_TTL_MS)))
    .returning({ hash: translationCache.contentHash });
  return gone.length;
}
