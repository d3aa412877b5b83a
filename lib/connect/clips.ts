import "server-only";
import { and, eq } from "drizzle-orm";
import { connectClips, type ConnectClip, type User } from "../db/schema";
import type { Db } from "../db/types";
import { topEmotions, type ConnectEmotion, type ConnectEmotionScores } from "../emotion/emotions";
import { notFound } from "../http";
import { consume } from "../rate-limit";
import { getStorage } from "../storage";
import { inspectAudio } from "../voice/audio-check";
import { scoresOf } from "./clip-vector";
import { requireConnectUser } from "./eligibility";

export const CLIPS_PER_WINDOW = 10;
export const CLIP_WINDOW_MS = 5 * 60_000;

export type ClipView = {
  id: string;
  processingStatus: ConnectClip["status"];
  errorMessage: string | null;
  durationMs: number;
  transcript: string | null;
  transcriptSource: string | null;
  language: string | null;
  languageConfidence: number | null;
  emotions: ConnectEmotionScores | null;
  topEmotions: ConnectEmotion[];
  engine: string | null;
  adjusted: boolean;
  audioDeleted: boolean;
  createdAt: string;
};

export function toClipView(row: ConnectClip): ClipView {
  const emotions = scoresOf(row.emotions);
  return {
    id: row.id,
    processingStatus: row.status,
    errorMessage: row.errorMessage,
    durationMs: row.durationMs,
    transcript: row.transcript,
    transcriptSource: row.transcriptSource,
    language: row.language,
    languageConfidence: row.languageConfidence,
    emotions,
    topEmotions: emotions ? topEmotions(emotions) : [],
    engine: row.emotionEngine,
    adjusted: row.adjustedAt !== null,
    audioDeleted: row.audioDeletedAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

const EXTENSIONS = { "audio/webm": "webm", "audio/mp4": "m4a", "audio/wav": "wav" } as const;

/** Checks the audio from its bytes, counts it against 10 clips per 5 minutes, stores it and the
 * pending row. Nothing is stored when any check fails. Processing runs afterwards (processClip). */
export async function createClip({
  db,
  user,
  audio,
  transcript,
  language,
}: {
  db: Db;
  user: User;
  audio: Uint8Array;
  transcript?: string;
  language?: string;
}): Promise<ClipView> {
  await requireConnectUser({ db, user });
  const inspected = await inspectAudio(audio);
  await consume({ db, key: `connect:clips:user:${user.id}`, limit: CLIPS_PER_WINDOW, windowMs: CLIP_WINDOW_MS });
  const id = crypto.randomUUID();
  const storageKey = `connect/clips/${user.id}/${id}.${EXTENSIONS[inspected.contentType]}`;
  await getStorage().put(storageKey, audio, inspected.contentType);
  const [row] = await db
    .insert(connectClips)
    .values({
      id,
      userId: user.id,
      storageKey,
      contentType: inspected.contentType,
      sizeBytes: audio.byteLength,
      durationMs: inspected.durationMs,
      transcript: transcript?.trim() || null,
      transcriptSource: transcript?.trim() ? "browser" : null,
      language: language ?? null,
    })
    .returning();
  return toClipView(row as ConnectClip);
}

export async function findOwnClip({ db, userId, clipId }: { db: Db; userId: string; clipId: string }): Promise<ConnectClip> {
  const [row] = await db
    .select()
    .from(connectClips)
    .where(and(eq(connectClips.id, clipId), eq(connectClips.userId, userId)))
    .limit(1);
  if (!row) throw notFound("clip");
  return row;
}

export async function getClip({ db, userId, clipId }: { db: Db; userId: string; clipId: string }): Promise<ClipView> {
  return toClipView(await findOwnClip({ db, userId, clipId }));
}
