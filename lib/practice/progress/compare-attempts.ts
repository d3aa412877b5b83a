import "server-only";
import { and, desc, eq, inArray, lt, ne } from "drizzle-orm";
import { callScores, calls, personas, type Call } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError, notFound } from "../../http";
import { rubricCategories, type CategoryScore, type RubricCategory } from "../types";

type Attempt = { callId: string; endedAt: string | null; overallScore: number; categories: Record<RubricCategory, CategoryScore> };

export type AttemptComparison = {
  persona: { id: string; name: string };
  earlier: Attempt;
  later: Attempt;
  overallDelta: number;
  categories: { category: RubricCategory; earlier: number | null; later: number | null; delta: number | null; earlierReasons: string[]; laterReasons: string[] }[];
};

const delta = (earlier: number | null, later: number | null) => (earlier === null || later === null ? null : later - earlier);

/** The user's previous scored attempt with the same buyer, for "compare with last time". */
export async function findPreviousAttempt({ db, call }: { db: Db; call: Call }): Promise<string | null> {
  if (!call.endedAt) return null;
  const [row] = await db
    .select({ id: calls.id })
    .from(calls)
    .innerJoin(callScores, eq(callScores.callId, calls.id))
    .where(and(eq(calls.userId, call.userId), eq(calls.personaId, call.personaId), ne(calls.id, call.id), lt(calls.endedAt, call.endedAt)))
    .orderBy(desc(calls.endedAt))
    .limit(1);
  return row?.id ?? null;
}

/** Two deep-scored attempts with the same persona, side by side, earlier first. */
export async function compareAttempts({ db, userId, callIds }: { db: Db; userId: string; callIds: [string, string] }): Promise<AttemptComparison> {
  const rows = await db
    .select({ call: calls, score: callScores, personaName: personas.name })
    .from(calls)
    .innerJoin(personas, eq(personas.id, calls.personaId))
    .leftJoin(callScores, eq(callScores.callId, calls.id))
    .where(and(eq(calls.userId, userId), inArray(calls.id, callIds)));
  if (rows.length !== 2 || callIds[0] === callIds[1]) throw notFound("call");
  if (rows.some((row) => !row.score)) throw apiError("CONFLICT", "practice.bothScored");
  if (rows[0]!.call.personaId !== rows[1]!.call.personaId) {
    throw apiError("VALIDATION_ERROR", "practice.sameBuyer", { fields: [{ field: "b", key: "fields.samePersona" }] });
  }
  const [earlier, later] = [...rows].sort((x, y) => (x.call.endedAt?.getTime() ?? 0) - (y.call.endedAt?.getTime() ?? 0));
  const attempt = (row: typeof earlier): Attempt => ({
    callId: row!.call.id,
    endedAt: row!.call.endedAt?.toISOString() ?? null,
    overallScore: row!.score!.overallScore,
    categories: row!.score!.categories,
  });
  const [a, b] = [attempt(earlier), attempt(later)];
  return {
    persona: { id: earlier!.call.personaId, name: earlier!.personaName },
    earlier: a,
    later: b,
    overallDelta: b.overallScore - a.overallScore,
    categories: rubricCategories.map((category) => ({
      category,
      earlier: a.categories[category].score,
      later: b.categories[category].score,
      delta: delta(a.categories[category].score, b.categories[category].score),
      earlierReasons: a.categories[category].reasons,
      laterReasons: b.categories[category].reasons,
    })),
  };
}
