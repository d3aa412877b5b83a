import "server-only";
import { and, eq, inArray, isNotNull, isNull, lt, lte } from "drizzle-orm";
import { connectClips, connectWaits } from "../db/schema";
import type { Db } from "../db/types";
import { getStorage } from "../storage";
import { CLIP_TTL_MS } from "./find-candidate";
import { expireMatches } from "./respond-match";

export const AUDIO_RETENTION_MS = 60_000;

/** Clip audio gone from storage 60 s after processing (vector and transcript stay for matching).
 * Failed clips keep theirs for a retry until the 24 h expiry. Returns how many files were removed. */
async function deleteClipAudio(db: Db, now: Date): Promise<number> {
  const due = await db
    .select({ id: connectClips.id, key: connectClips.storageKey })
    .from(connectClips)
    .where(
      and(
        isNotNull(connectClips.storageKey),
        isNull(connectClips.audioDeletedAt),
        eq(connectClips.status, "completed"),
        lte(connectClips.processedAt, new Date(now.getTime() - AUDIO_RETENTION_MS)),
      ),
    );
  for (const clip of due) {
    if (clip.key) await getStorage().delete(clip.key);
    await db.update(connectClips).set({ storageKey: null, audioDeletedAt: now }).where(eq(connectClips.id, clip.id));
  }
  return due.length;
}

async function deleteExpiredClips(db: Db, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - CLIP_TTL_MS);
  const old = await db.select({ id: connectClips.id, key: connectClips.storageKey }).from(connectClips).where(lt(connectClips.createdAt, cutoff));
  for (const clip of old) if (clip.key) await getStorage().delete(clip.key);
  if (old.length) await db.delete(connectClips).where(inArray(connectClips.id, old.map((c) => c.id)));
  await db.delete(connectWaits).where(lte(connectWaits.expiresAt, now));
}

/** The Connect part of the cleanup cron (its rooms close with every other lapsed room, in
 * lib/media); idempotent (a second run finds nothing left to do). */
export async function runConnectCleanup({ db, now = new Date() }: { db: Db; now?: Date }) {
  const deletedClips = await deleteClipAudio(db, now);
  await deleteExpiredClips(db, now);
  const expiredMatches = await expireMatches({ db, now });
  return { deletedClips, expiredMatches };
}
