import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { generateJson } from "../../ai/llm";
import { calls, type Call } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError } from "../../http";
import { publish } from "../../realtime/bus";
import { getOwnCall, getTranscriptLines } from "./call-access";
import { toPublicCall } from "./create-call";
import "../engines";
import type { ScoringContext } from "../engine-context";
import { quickScorePrompt } from "../prompts";
import { isTooShortToScore } from "../rubric/too-short";
import { quickScoreSchema } from "../schemas";
import type { CallMode, QuickScore, TranscriptLine } from "../types";
import { recordCompletedCall, refreshScoreStats } from "./update-stats";

// Only a pending or active call completes, so a call ended twice at once (the rep and the cleanup job)
// is counted once; the loser gets the 409 a second end gets.
const stillOpen = (callId: string) => and(eq(calls.id, callId), inArray(calls.status, ["pending", "active"]));
const alreadyEnded = () => apiError("CONFLICT", "media.callAlreadyEnded");

function callDurationMs(startedAt: Date | null, now: Date, transcript: TranscriptLine[]): number {
  const lastLine = transcript.at(-1)?.timestampMs ?? 0;
  return Math.max(startedAt ? now.getTime() - startedAt.getTime() : 0, lastLine);
}

/** A call too short to score ends with no score and stays out of the stats and the streak. */
async function endUnscoredCall({ db, callId, now, durationMs }: { db: Db; callId: string; now: Date; durationMs: number }) {
  const durationSeconds = Math.round(durationMs / 1000);
  const [row] = await db
    .update(calls)
    .set({ status: "completed", endedAt: now, durationSeconds, quickScore: null, scoreStatus: "none", scoreError: null })
    .where(stillOpen(callId))
    .returning();
  if (!row) throw alreadyEnded();
  await publish({ db, channel: `call:${callId}`, type: "call.ended", payload: { durationSeconds, tooShort: true } });
  return { call: toPublicCall(row), quickScore: null, tooShort: true };
}

/** Completes the call with its duration and a quick score (Groq at temperature 0.2, or the offline
 * rubric), counts it in the user's stats in the same transaction, and marks the deep score pending.
 * A call with fewer than three rep lines is "too short to score" instead. `now` is when it ended. */
export async function completeCall({
  db,
  call,
  transcript,
  durationMs,
  now,
}: {
  db: Db;
  call: Call;
  transcript: TranscriptLine[];
  durationMs: number;
  now: Date;
}) {
  const { id: callId, userId } = call;
  const mode = call.mode as CallMode;
  if (isTooShortToScore(transcript)) return endUnscoredCall({ db, callId, now, durationMs });
  const { data, provider, model } = await generateJson({
    db,
    userId,
    task: "quick-score",
    schema: quickScoreSchema,
    prompt: quickScorePrompt(mode, transcript),
    temperature: 0.2,
    context: { transcript, mode, durationMs, timedSpeech: call.voiceMode === "elevenlabs" } satisfies ScoringContext,
  });
  const quickScore: QuickScore = { ...data, scorer: provider === "offline" ? model : `${provider}:${model}` };
  const durationSeconds = Math.round(durationMs / 1000);

  const ended = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(calls)
      .set({ status: "completed", endedAt: now, durationSeconds, quickScore, scoreStatus: "pending", scoreError: null })
      .where(stillOpen(callId))
      .returning();
    if (!row) throw alreadyEnded();
    const txDb = tx as unknown as Db;
    await recordCompletedCall({ db: txDb, userId, mode, durationSeconds, now });
    await refreshScoreStats({ db: txDb, userId });
    return row;
  });
  await publish({ db, channel: `call:${callId}`, type: "call.ended", payload: { durationSeconds } });
  await publish({ db, channel: `call:${callId}`, type: "score.quick", payload: { ...quickScore } });
  return { call: toPublicCall(ended), quickScore, tooShort: false };
}

/** The user ends their call now. Ending an ended call is a 409 that carries the existing result. */
export async function endCall({ db, userId, callId, now = new Date() }: { db: Db; userId: string; callId: string; now?: Date }) {
  const call = await getOwnCall({ db, userId, callId });
  if (call.status === "completed") {
    throw apiError("CONFLICT", "media.callAlreadyEnded", { details: { call: toPublicCall(call), quickScore: call.quickScore } });
  }
  if (call.status === "failed") throw apiError("CONFLICT", "practice.nothingToEnd");
  const transcript = await getTranscriptLines({ db, callId });
  return completeCall({ db, call, transcript, durationMs: callDurationMs(call.startedAt, now, transcript), now });
}
