import "server-only";
import { and, eq, inArray, isNotNull, isNull, lt, lte } from "drizzle-orm";
import { connectClips, connectWaits, roomParticipants, rooms } from "../db/schema";
import type { Db } from "../db/types";
import { closeRoom, lapsedEnding, openStatuses } from "../media/settle-room";
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

/** Connect's rooms whose heartbeat, answer time or hour has lapsed, closed by media's own rules. */
async function closeLapsedRooms(db: Db, now: Date): Promise<number> {
  const open = await db.select().from(rooms).where(and(eq(rooms.originKind, "connect-match"), inArray(rooms.status, openStatuses)));
  let closed = 0;
  for (const room of open) {
    const participants = await db.select().from(roomParticipants).where(eq(roomParticipants.roomId, room.id));
    const ending = lapsedEnding(room, participants, now);
    if (ending && (await closeRoom({ db, room, ending }))) closed++;
  }
  return closed;
}

/** The Connect part of the cleanup cron; idempotent (a second run finds nothing left to do). */
export async function runConnectCleanup({ db, now = new Date() }: { db: Db; now?: Date }) {
  const deletedClips = await deleteClipAudio(db, now);
  await deleteExpiredClips(db, now);
  const expiredMatches = await expireMatches({ db, now });
  const closedRooms = await closeLapsedRooms(db, now);
  return { deletedClips, expiredMatches, closedRooms };
}
