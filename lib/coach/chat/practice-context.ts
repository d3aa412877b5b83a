import "server-only";
import { and, desc, eq, isNotNull, ne, sql } from "drizzle-orm";
import { callScores, calls, coachProfiles } from "../../db/schema";
import type { Db } from "../../db/types";
import { getCategoryTrends } from "../../practice/progress/category-trends";
import type { CallMode, RubricCategory } from "../../practice/types";

export type CoachPracticeContext = {
  lastScores: { score: number; mode: CallMode; endedAt: string }[];
  weakest: { category: RubricCategory; average: number } | null;
};

/** The user's recent Practice results for the Coach's "always" tier — only when they allow it on the
 * coach profile: the last five scores and the weakest category over them. */
export async function getCoachPracticeContext({ db, userId }: { db: Db; userId: string }): Promise<CoachPracticeContext | null> {
  const [profile] = await db.select({ share: coachProfiles.sharePracticeStats }).from(coachProfiles).where(eq(coachProfiles.userId, userId));
  if (!profile?.share) return null;
  const [recent, trends] = await Promise.all([
    db
      .select({
        score: sql<number>`coalesce(${callScores.overallScore}, (${calls.quickScore}->>'overall')::int)`,
        mode: calls.mode,
        endedAt: calls.endedAt,
      })
      .from(calls)
      .leftJoin(callScores, eq(callScores.callId, calls.id))
      .where(and(eq(calls.userId, userId), eq(calls.status, "completed"), ne(calls.scoreStatus, "none"), isNotNull(calls.endedAt)))
      .orderBy(desc(calls.endedAt))
      .limit(5),
    getCategoryTrends({ db, userId }),
  ]);
  const lastScores = recent.filter((r) => r.score !== null).map((r) => ({ score: Number(r.score), mode: r.mode as CallMode, endedAt: r.endedAt!.toISOString() }));
  if (lastScores.length === 0) return null;
  const weakest = trends.filter((t) => t.recent !== null).sort((a, b) => a.recent! - b.recent!)[0];
  return { lastScores, weakest: weakest ? { category: weakest.category, average: weakest.recent! } : null };
}
