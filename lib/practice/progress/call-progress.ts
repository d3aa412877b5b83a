import "server-only";
import { and, desc, eq, lt, ne, sql } from "drizzle-orm";
import { callScores, calls, type Call } from "../../db/schema";
import type { Db } from "../../db/types";
import type { CallMode } from "../types";
import { passMarkFor } from "./pass-marks";
import { scoreBand, type ScoreBand } from "./score-bands";

export type CallProgress = {
  score: number;
  band: ScoreBand;
  passMark: number;
  passed: boolean;
  /** The user's previous scored call in the same mode, and this score minus that one. */
  previous: { callId: string; score: number; endedAt: string } | null;
  delta: number | null;
};

const scoreOf = sql<number>`coalesce(${callScores.overallScore}, (${calls.quickScore}->>'overall')::int)`;

/** How one finished call stands: its band, against the pass mark, and against the last call in its mode. */
export async function getCallProgress({ db, call, score }: { db: Db; call: Call; score: number }): Promise<CallProgress> {
  const mode = call.mode as CallMode;
  const [previous] = call.endedAt
    ? await db
        .select({ callId: calls.id, score: scoreOf, endedAt: calls.endedAt })
        .from(calls)
        .leftJoin(callScores, eq(callScores.callId, calls.id))
        .where(
          and(
            eq(calls.userId, call.userId),
            eq(calls.mode, mode),
            eq(calls.status, "completed"),
            ne(calls.scoreStatus, "none"),
            ne(calls.id, call.id),
            lt(calls.endedAt, call.endedAt),
          ),
        )
        .orderBy(desc(calls.endedAt))
        .limit(1)
    : [];
  const passMark = passMarkFor(mode);
  const prior = previous && previous.score !== null && previous.endedAt ? previous : null;
  return {
    score,
    band: scoreBand(score),
    passMark,
    passed: score >= passMark,
    previous: prior ? { callId: prior.callId, score: prior.score, endedAt: prior.endedAt!.toISOString() } : null,
    delta: prior ? score - prior.score : null,
  };
}
