import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { callScores, calls } from "../../db/schema";
import type { Db } from "../../db/types";
import { rubricCategories, type RubricCategory } from "../types";

const WINDOW = 5;

export type CategoryTrend = {
  category: RubricCategory;
  /** Average over the last five scored calls, and over the five before them (null: too few calls). */
  recent: number | null;
  previous: number | null;
  best: number | null;
  /** Oldest first, for a sparkline. */
  points: number[];
};

const average = (values: number[]) => (values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null);

/** How each rubric category moves over the user's last ten deep-scored calls. */
export async function getCategoryTrends({ db, userId }: { db: Db; userId: string }): Promise<CategoryTrend[]> {
  const rows = await db
    .select({ categories: callScores.categories })
    .from(callScores)
    .innerJoin(calls, eq(calls.id, callScores.callId))
    .where(and(eq(calls.userId, userId), eq(calls.status, "completed")))
    .orderBy(desc(calls.endedAt))
    .limit(WINDOW * 2);
  return rubricCategories.map((category) => {
    const newestFirst = rows.map((r) => r.categories[category]?.score).filter((s): s is number => typeof s === "number");
    return {
      category,
      recent: average(newestFirst.slice(0, WINDOW)),
      previous: average(newestFirst.slice(WINDOW)),
      best: newestFirst.length ? Math.max(...newestFirst) : null,
      points: [...newestFirst].reverse(),
    };
  });
}
