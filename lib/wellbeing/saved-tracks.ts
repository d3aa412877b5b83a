import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { wellbeingSavedTracks } from "../db/schema";
import type { Db } from "../db/types";
import { notFound } from "../http";
import { TRACKS } from "./music-catalogue";

export async function listSavedTrackIds({ db, userId }: { db: Db; userId: string }): Promise<string[]> {
  const rows = await db.select({ trackId: wellbeingSavedTracks.trackId }).from(wellbeingSavedTracks).where(eq(wellbeingSavedTracks.userId, userId)).orderBy(desc(wellbeingSavedTracks.createdAt));
  return rows.map((r) => r.trackId);
}

export async function saveTrack({ db, userId, trackId }: { db: Db; userId: string; trackId: string }) {
  if (!TRACKS.some((t) => t.id === trackId)) throw notFound("track");
  await db.insert(wellbeingSavedTracks).values({ userId, trackId }).onConflictDoNothing();
}

export async function unsaveTrack({ db, userId, trackId }: { db: Db; userId: string; trackId: string }) {
  await db.delete(wellbeingSavedTracks).where(and(eq(wellbeingSavedTracks.userId, userId), eq(wellbeingSavedTracks.trackId, trackId)));
}
