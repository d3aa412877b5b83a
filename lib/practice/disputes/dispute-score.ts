import "server-only";
import { and, eq } from "drizzle-orm";
import { generateJson } from "../../ai/llm";
import { callScoreDisputes, callScores, type CallScoreDispute } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError } from "../../http";
import { getCallPersona, getOwnCall, getTranscriptLines } from "../calls/call-access";
import "../engines";
import { weightCategories } from "../mode-instructions";
import { weighOverall } from "../rubric/rubric-scorer";
import type { CallMode } from "../types";
import { refreshScoreStats } from "../calls/update-stats";
import { findCitedLines } from "./cited-lines";
import { disputePrompt } from "./dispute-prompt";
import { regradeSchema, type DisputeRequest } from "./dispute-schemas";
import type { RegradeContext } from "./offline-regrade";

export function toPublicDispute(dispute: CallScoreDispute) {
  return {
    id: dispute.id,
    category: dispute.category,
    reason: dispute.reason,
    citedLines: dispute.citedLines,
    before: dispute.before,
    after: dispute.after,
    explanation: dispute.explanation,
    regradedBy: dispute.regradedBy,
    createdAt: dispute.createdAt.toISOString(),
  };
}

export type PublicDispute = ReturnType<typeof toPublicDispute>;

/** Re-grades one category of a scored call with the rep's argument in view (the model, or the
 * rubric re-run with the cited lines), keeps both grades, and updates the overall score. One
 * dispute per category per call. */
export async function disputeScore({ db, userId, callId, input }: { db: Db; userId: string; callId: string; input: DisputeRequest }) {
  const call = await getOwnCall({ db, userId, callId });
  const [score] = await db.select().from(callScores).where(eq(callScores.callId, callId));
  if (call.status !== "completed" || call.scoreStatus !== "ready" || !score) throw apiError("CONFLICT", "practice.scoredOnly");
  const [earlier] = await db
    .select({ id: callScoreDisputes.id })
    .from(callScoreDisputes)
    .where(and(eq(callScoreDisputes.callId, callId), eq(callScoreDisputes.category, input.category)));
  if (earlier) throw apiError("CONFLICT", "practice.disputedAlready");

  const transcript = await getTranscriptLines({ db, callId });
  const persona = await getCallPersona({ db, call });
  const before = score.categories[input.category];
  const citedLines = findCitedLines(transcript, input.reason);
  const mode = call.mode as CallMode;
  const { data, provider, model } = await generateJson({
    db,
    userId,
    task: "score-dispute",
    schema: regradeSchema,
    prompt: disputePrompt({ category: input.category, before, argument: input.reason, citedLines, transcript }),
    temperature: 0.2,
    context: {
      scoring: { transcript, mode, durationMs: (call.durationSeconds ?? 0) * 1000, timedSpeech: call.voiceMode === "elevenlabs", hiddenPains: persona.hiddenPains },
      category: input.category,
      citedLines,
      before,
    } satisfies RegradeContext,
  });
  const after = { score: data.score, reasons: data.reasons, ...(data.evidence ? { evidence: data.evidence } : {}) };
  const categories = { ...score.categories, [input.category]: after };
  // Only the disputed category moves the overall score, by its weight in this mode; a category that
  // gains or loses its number changes which ones count, so then the overall is weighed again.
  const overallScore =
    after.score !== null && before.score !== null
      ? Math.max(0, Math.min(100, Math.round(score.overallScore + weightCategories({ mode })[input.category] * (after.score - before.score))))
      : weighOverall({ categories, mode });
  const dispute = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(callScoreDisputes)
      .values({ callId, userId, category: input.category, reason: input.reason, citedLines, before, after, explanation: data.explanation, regradedBy: provider === "offline" ? model : `${provider}:${model}` })
      .onConflictDoNothing()
      .returning();
    if (!row) throw apiError("CONFLICT", "practice.disputedAlready");
    await tx.update(callScores).set({ categories, overallScore }).where(eq(callScores.callId, callId));
    await refreshScoreStats({ db: tx as unknown as Db, userId });
    return row;
  });
  return { dispute: toPublicDispute(dispute), overallScore, previousOverallScore: score.overallScore };
}

export async function listDisputes({ db, callId }: { db: Db; callId: string }): Promise<PublicDispute[]> {
  const rows = await db.select().from(callScoreDisputes).where(eq(callScoreDisputes.callId, callId)).orderBy(callScoreDisputes.createdAt);
  return rows.map(toPublicDispute);
}
