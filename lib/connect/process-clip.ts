import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { connectClips, type ConnectClip, type User } from "../db/schema";
import type { Db } from "../db/types";
import { detectEmotions } from "../emotion/detect-emotions";
import { toConnectScores } from "../emotion/emotions";
import { apiError } from "../http";
import { log } from "../log";
import { publish } from "../realtime/bus";
import { getStorage } from "../storage";
import { transcribeAudio, type Transcription } from "../voice/transcribe";
import { storeClipVector, toMatchVector } from "./clip-vector";
import { findOwnClip, getClip, toClipView, type ClipView } from "./clips";
import { requireConnectUser } from "./eligibility";
import { matchWaiters } from "./waits";

const NO_WORDS = "We could not make out any words. Type how you feel and try again.";

async function transcribe(clip: ConnectClip): Promise<Transcription | null> {
  if (!clip.storageKey) return null;
  const audio = await getStorage().get(clip.storageKey);
  if (!audio) return null;
  try {
    return await transcribeAudio({ audio: audio.body, contentType: audio.contentType, language: clip.language });
  } catch (error) {
    log.warn({ clipId: clip.id, error: String(error) }, "speech-to-text failed; using the browser transcript");
    return null;
  }
}

async function fail(db: Db, clip: ConnectClip, message: string) {
  await db.update(connectClips).set({ status: "error", errorMessage: message }).where(eq(connectClips.id, clip.id));
  await publish({ db, channel: `user:${clip.userId}`, type: "clip.updated", payload: { clipId: clip.id, status: "error" } });
}

/** pending → processing → completed | error: transcript (STT, else the browser's or typed text),
 * then the emotion vector; a completed clip may trigger someone's waiting match. */
export async function processClip({ db, clipId }: { db: Db; clipId: string }): Promise<void> {
  const [clip] = await db
    .update(connectClips)
    .set({ status: "processing", errorMessage: null })
    .where(and(eq(connectClips.id, clipId), inArray(connectClips.status, ["pending"])))
    .returning();
  if (!clip) return;
  try {
    const stt = await transcribe(clip);
    const text = stt?.text || clip.transcript || "";
    if (!text.trim()) return await fail(db, clip, NO_WORDS);
    const emotions = await detectEmotions({ db, userId: clip.userId, text });
    const vector = toMatchVector(toConnectScores(emotions.scores));
    await db
      .update(connectClips)
      .set({
        transcript: text,
        transcriptSource: stt ? `stt:${stt.provider}` : clip.transcriptSource ?? "typed",
        language: stt?.language ?? clip.language,
        languageConfidence: stt?.confidence ?? null,
        status: "completed",
        processedAt: new Date(),
      })
      .where(eq(connectClips.id, clip.id));
    await storeClipVector({ db, clipId: clip.id, vector, engine: emotions.engine });
    await publish({ db, channel: `user:${clip.userId}`, type: "clip.updated", payload: { clipId: clip.id, status: "completed" } });
    await matchWaiters({ db, clipId: clip.id });
  } catch (error) {
    log.error({ clipId, error: String(error) }, "clip processing failed");
    await fail(db, clip, "Something went wrong while reading your clip. Try again.");
  }
}

/** Puts a failed clip back in the queue, with corrected text when the user typed some. */
export async function retryClip({ db, user, clipId, transcript }: { db: Db; user: User; clipId: string; transcript?: string }): Promise<ClipView> {
  await requireConnectUser({ db, user });
  const clip = await findOwnClip({ db, userId: user.id, clipId });
  if (clip.status !== "error") throw apiError("CONFLICT", "connect.retryFailedOnly");
  const typed = transcript?.trim();
  const [row] = await db
    .update(connectClips)
    .set({ status: "pending", errorMessage: null, ...(typed ? { transcript: typed, transcriptSource: "typed" } : {}) })
    .where(eq(connectClips.id, clip.id))
    .returning();
  return toClipView(row as ConnectClip);
}

/** "That's not how I feel": the user's own intensities replace the analyser's before matching. */
export async function adjustClipEmotions({
  db,
  user,
  clipId,
  emotions,
}: {
  db: Db;
  user: User;
  clipId: string;
  emotions: Parameters<typeof toMatchVector>[0];
}): Promise<ClipView> {
  await requireConnectUser({ db, user });
  const clip = await findOwnClip({ db, userId: user.id, clipId });
  if (clip.status !== "completed") throw apiError("CONFLICT", "connect.clipNotRead");
  if (Object.values(emotions).every((v) => v === 0)) {
    throw apiError("VALIDATION_ERROR", "connect.someStrength", { fields: [{ field: "emotions", key: "fields.allZero" }] });
  }
  await storeClipVector({ db, clipId, vector: toMatchVector(emotions), engine: clip.emotionEngine ?? "user" });
  await db.update(connectClips).set({ adjustedAt: new Date() }).where(eq(connectClips.id, clipId));
  return getClip({ db, userId: user.id, clipId });
}
