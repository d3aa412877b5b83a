import "server-only";
import { eq } from "drizzle-orm";
import { generateJson } from "../../ai/llm";
import { callScores, calls } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError, AppError } from "../../http";
import { log } from "../../log";
import { publish } from "../../realtime/bus";
import { getCallPersona, getOwnCall, getTranscriptLines } from "../calls/call-access";
import type { ScoringContext } from "../engine-context";
import "../engines";
import { modeInstructions } from "../mode-instructions";
import { buildNarrativeFeedback } from "./narrative-feedback";
import { deepScorePrompt } from "../prompts";
import { quoteAppearsIn } from "./rubric-scorer";
import { isTooShortToScore, MIN_SCORED_REP_LINES, TOO_SHORT_MESSAGE } from "./too-short";
import { deepScoreSchema } from "../schemas";
import type { CallMode, TranscriptLine } from "../types";
import { refreshScoreStats } from "../calls/update-stats";

/** The deep-score schema for one call: every key-moment quote and every category's evidence must be
 * verbatim, and a category with a number must cite a line ("quote or no score"), so an answer that
 * misquotes goes back to the model once for repair and is otherwise rejected. */
function scoreSchemaFor(transcript: TranscriptLine[]) {
  return deepScoreSchema.superRefine((score, ctx) => {
    for (const [category, entry] of Object.entries(score.categories)) {
      entry.evidence.forEach((quote, i) => {
        if (!quoteAppearsIn(transcript, quote)) {
          ctx.addIssue({ code: "custom", path: ["categories", category, "evidence", i], message: "Evidence does not appear verbatim in the transcript." });
        }
      });
      if (entry.score !== null && entry.evidence.length === 0) {
        ctx.addIssue({ code: "custom", path: ["categories", category, "evidence"], message: "Cite at least one line, or set score to null (no evidence in this call)." });
      }
    }
    score.keyMoments.forEach((moment, i) => {
      if (!quoteAppearsIn(transcript, moment.quote)) {
        ctx.addIssue({ code: "custom", path: ["keyMoments", i, "quote"], message: "Quote does not appear verbatim in the transcript." });
      }
    });
  });
}

function emphasisText(mode: CallMode): string {
  const emphasis = Object.keys(modeInstructions[mode].scorerEmphasis);
  return emphasis.length ? `This mode weighs ${emphasis.join(" and ")} more heavily.` : "";
}

/** Deep rubric score (Gemini → Groq → offline rubric) with its narrative feedback (the model's, or
 * built from the rubric results); stores both and publishes score.ready then feedback.ready, or
 * marks the call "failed" so the debrief can offer a retry. */
export async function scoreCallDeep({
  db,
  userId,
  callId,
  sleep,
}: {
  db: Db;
  userId: string;
  callId: string;
  /** Backoff between provider retries (tests pass one that does not wait). */
  sleep?: (ms: number) => Promise<void>;
}) {
  const call = await getOwnCall({ db, userId, callId });
  const mode = call.mode as CallMode;
  const transcript = await getTranscriptLines({ db, callId });
  if (isTooShortToScore(transcript)) return;
  const persona = await getCallPersona({ db, call });
  try {
    const { data, provider, model } = await generateJson({
      db,
      userId,
      task: "deep-score",
      schema: scoreSchemaFor(transcript),
      prompt: deepScorePrompt(mode, transcript, emphasisText(mode)),
      temperature: 0.3,
      context: {
        transcript,
        mode,
        durationMs: (call.durationSeconds ?? 0) * 1000,
        timedSpeech: call.voiceMode === "elevenlabs",
        hiddenPains: persona.hiddenPains,
      } satisfies ScoringContext,
      sleep,
    });
    const scorer = provider === "offline" ? model : `${provider}:${model}`;
    const feedbackSource = data.feedback ? "model" : "rubric";
    const values = { ...data, scorer, feedback: data.feedback ?? buildNarrativeFeedback(data) };
    await db.transaction(async (tx) => {
      await tx.insert(callScores).values({ callId, ...values }).onConflictDoUpdate({ target: callScores.callId, set: values });
      await tx.update(calls).set({ scoreStatus: "ready", scoreError: null }).where(eq(calls.id, callId));
      await refreshScoreStats({ db: tx as unknown as Db, userId });
    });
    await publish({ db, channel: `call:${callId}`, type: "score.ready", payload: { overallScore: data.overallScore, scorer } });
    await publish({ db, channel: `call:${callId}`, type: "feedback.ready", payload: { source: feedbackSource } });
  } catch (err) {
    log.error({ err, callId }, "deep scoring failed");
    const message = err instanceof AppError ? err.message : "Scoring failed.";
    await db.update(calls).set({ scoreStatus: "failed", scoreError: message }).where(eq(calls.id, callId));
    await publish({ db, channel: `call:${callId}`, type: "score.failed", payload: { message } });
  }
}

export async function getCallScore({ db, userId, callId }: { db: Db; userId: string; callId: string }) {
  const call = await getOwnCall({ db, userId, callId });
  if (call.scoreStatus === "pending") return { status: "pending" as const };
  if (call.scoreStatus === "failed") return { status: "failed" as const, message: call.scoreError ?? "Scoring failed." };
  if (call.scoreStatus === "none" && call.status === "completed") return { status: "too_short" as const, message: TOO_SHORT_MESSAGE };
  if (call.scoreStatus === "none") throw apiError("CONFLICT", "practice.endToScore");
  const [score] = await db.select().from(callScores).where(eq(callScores.callId, callId));
  if (!score) return { status: "pending" as const };
  return {
    status: "ready" as const,
    overallScore: score.overallScore,
    categories: score.categories,
    strengths: score.strengths,
    improvements: score.improvements,
    keyMoments: score.keyMoments,
    scorer: score.scorer,
    feedback: score.feedback,
    scoredAt: score.createdAt.toISOString(),
    quickScore: call.quickScore,
  };
}

/** Puts a failed (or finished) score back to pending; the caller runs scoreCallDeep afterwards. */
export async function requestRescore({ db, userId, callId }: { db: Db; userId: string; callId: string }) {
  const call = await getOwnCall({ db, userId, callId });
  if (call.status !== "completed") throw apiError("CONFLICT", "practice.endToScore");
  if (call.scoreStatus === "none") throw apiError("CONFLICT", "practice.tooShortToScore", { values: { lines: MIN_SCORED_REP_LINES } });
  await db.update(calls).set({ scoreStatus: "pending", scoreError: null }).where(eq(calls.id, callId));
  return { status: "pending" as const };
}
