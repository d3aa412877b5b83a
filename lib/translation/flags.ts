import "server-only";
import { and, eq } from "drizzle-orm";
import { translationFlags } from "../db/schema";
import type { Db } from "../db/types";
import type { TranslationEngineName } from "./types";

/** Engines a reader flagged for this text and pair: the router skips them from then on. */
export async function flaggedEngines({ db, hash, from, to }: { db: Db; hash: string; from: string; to: string }): Promise<Set<TranslationEngineName>> {
  const rows = await db
    .select({ engine: translationFlags.engine })
    .from(translationFlags)
    .where(and(eq(translationFlags.contentHash, hash), eq(translationFlags.sourceLang, from), eq(translationFlags.targetLang, to)));
  return new Set(rows.map((r) => r.engine));
}
