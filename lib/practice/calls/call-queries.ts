import "server-only";
import { and, count, desc, eq, gte, isNotNull, lt, ne, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { resolveProviderChain } from "../../ai/provider-chain";
import { callScores, calls, personas, userStats } from "../../db/schema";
import type { Db } from "../../db/types";
import { getCallPersona, getOwnCall } from "./call-access";
import { getCategoryTrends } from "../progress/category-trends";
import { toPublicCall } from "./create-call";
import { toPublicPersona } from "../persona/personas";
import { listDisputes } from "../disputes/dispute-score";
import { listHints } from "../hints/call-hints";
import { getCallProgress } from "../progress/call-progress";
import { findPreviousAttempt } from "../progress/compare-attempts";
import { suggestNextPractice } from "../progress/practise-next";
import { revealHiddenPains } from "../rubric/hidden-pains";
import { getCallScore } from "../rubric/score-call";
import { getTranscript } from "./transcript";
import type { listCallsSchema } from "../schemas";

/** The call with its persona, transcript and score (or its scoring state); the persona's hidden
 * pains only once the call is completed, so a live call never gives them away. */
export async function getCallDetail({ db, userId, callId }: { db: Db; userId: string; callId: string }) {
  const call = await getOwnCall({ db, userId, callId });
  const [persona, transcript, score] = await Promise.all([
    getCallPersona({ db, call }),
    getTranscript({ db, userId, callId }),
    call.scoreStatus === "none" && call.status !== "completed" ? null : getCallScore({ db, userId, callId }),
  ]);
  // Browser-mode replies come from the first configured model, or the offline persona engine.
  const personaReplies = resolveProviderChain({ task: "persona-reply" }).length > 0 ? ("ai" as const) : ("offline" as const);
  const hiddenPains = call.status === "completed" ? revealHiddenPains({ transcript, hiddenPains: persona.hiddenPains }) : null;
  const overall = score?.status === "ready" ? score.overallScore : call.quickScore?.overall;
  const progress = call.status === "completed" && call.scoreStatus !== "none" && overall !== undefined ? await getCallProgress({ db, call, score: overall }) : null;
  const ready = score?.status === "ready";
  const [disputes, hints, previousAttemptId] = await Promise.all([
    ready ? listDisputes({ db, callId }) : [],
    listHints({ db, callId }),
    ready ? findPreviousAttempt({ db, call }) : null,
  ]);
  return { call: toPublicCall(call), persona: toPublicPersona(persona), transcript, score, personaReplies, hiddenPains, progress, disputes, hints, previousAttemptId };
}

const nextDay = (day: string) => new Date(new Date(`${day}T00:00:00Z`).getTime() + 86_400_000);

/** The user's calls, newest first, filtered by mode, persona and date range, one page at a time. */
export async function listCalls({
  db,
  userId,
  query,
}: {
  db: Db;
  userId: string;
  query: z.infer<typeof listCallsSchema>;
}) {
  const filters: SQL[] = [eq(calls.userId, userId)];
  if (query.mode) filters.push(eq(calls.mode, query.mode));
  if (query.personaId) filters.push(eq(calls.personaId, query.personaId));
  if (query.from) filters.push(gte(calls.createdAt, new Date(`${query.from}T00:00:00Z`)));
  if (query.to) filters.push(lt(calls.createdAt, nextDay(query.to)));
  const where = and(...filters);
  const [rows, [total]] = await Promise.all([
    db
      .select({ call: calls, personaName: personas.name, overallScore: callScores.overallScore })
      .from(calls)
      .innerJoin(personas, eq(personas.id, calls.personaId))
      .leftJoin(callScores, eq(callScores.callId, calls.id))
      .where(where)
      .orderBy(desc(calls.createdAt))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(calls).where(where),
  ]);
  return {
    calls: rows.map((r) => ({ ...toPublicCall(r.call), personaName: r.personaName, overallScore: r.overallScore })),
    page: query.page,
    pageSize: query.pageSize,
    total: total?.n ?? 0,
  };
}

/** The dashboard's practice numbers: totals, streaks and the score trend (last 30 scored calls,
 * oldest first). */
export async function getPracticeOverview({ db, userId }: { db: Db; userId: string }) {
  const [[stats], trend] = await Promise.all([
    db.select().from(userStats).where(eq(userStats.userId, userId)),
    db
      .select({
        callId: calls.id,
        endedAt: calls.endedAt,
        mode: calls.mode,
        score: sql<number>`coalesce(${callScores.overallScore}, (${calls.quickScore}->>'overall')::int)`,
      })
      .from(calls)
      .leftJoin(callScores, eq(callScores.callId, calls.id))
      .where(and(eq(calls.userId, userId), eq(calls.status, "completed"), ne(calls.scoreStatus, "none"), isNotNull(calls.endedAt)))
      .orderBy(desc(calls.endedAt))
      .limit(30),
  ]);
  return {
    totalCalls: stats?.totalCalls ?? 0,
    totalMinutes: stats?.totalMinutes ?? 0,
    averageScore: stats?.averageScore ?? null,
    bestScore: stats?.bestScore ?? null,
    currentStreak: stats?.currentStreak ?? 0,
    longestStreak: stats?.longestStreak ?? 0,
    callsByMode: stats?.callsByMode ?? {},
    trend: trend.reverse().map((t) => ({ callId: t.callId, endedAt: t.endedAt!.toISOString(), mode: t.mode, score: t.score })),
  };
}

export type PracticeOverview = Awaited<ReturnType<typeof getPracticeOverview>>;

/** Dashboard numbers and the score trend, with the category trends and what to practise next. */
export async function getPracticeStats({ db, userId }: { db: Db; userId: string }) {
  const [overview, categoryTrends, practiseNext] = await Promise.all([
    getPracticeOverview({ db, userId }),
    getCategoryTrends({ db, userId }),
    suggestNextPractice({ db, userId }),
  ]);
  return { ...overview, categoryTrends, practiseNext };
}
