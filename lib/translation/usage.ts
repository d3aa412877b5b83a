import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { translationUsage } from "../db/schema";
import type { Db } from "../db/types";
import type { TranslationEngineName } from "./types";

export function usageMonth(now = new Date()): string {
  return now.toISOString().slice(0, 7);
}

/** Adds the characters sent to an engine to the user's count for this month. */
export async function meterUsage({ db, userId, engine, characters, now }: { db: Db; userId: string | null; engine: TranslationEngineName; characters: number; now?: Date }) {
  if (!userId) return;
  await db
    .insert(translationUsage)
    .values({ userId, engine, month: usageMonth(now), characters })
    .onConflictDoUpdate({
      target: [translationUsage.userId, translationUsage.engine, translationUsage.month],
      set: { characters: sql`${translationUsage.characters} + ${characters}` },
    });
}

export function listUsage({ db, userId }: { db: Db; userId: string }) {
  return db.select().from(translationUsage).where(eq(translationUsage.userId, userId)).orderBy(desc(translationUsage.month));
}
