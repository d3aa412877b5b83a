import "server-only";
import { and, asc, eq, gt, ne } from "drizzle-orm";
import { connectClips, connectProfiles, connectWaits, users } from "../db/schema";
import type { Db } from "../db/types";
import { restrictionOf } from "./eligibility";
import { createMatch } from "./create-match";
import { findCandidate } from "./find-candidate";
import { matchTarget } from "./matches";
import { ageOn } from "./profile-schema";

const WAITERS_CHECKED = 50;

/** A newly completed clip answers the longest-waiting person it fits best: their match is created
 * and both are notified. Returns the match id, or null when the clip fits nobody waiting. */
export async function matchWaiters({ db, clipId, now = new Date() }: { db: Db; clipId: string; now?: Date }): Promise<string | null> {
  const [clip] = await db.select().from(connectClips).where(eq(connectClips.id, clipId)).limit(1);
  if (!clip?.emotions) return null;
  const waiting = await db
    .select({ wait: connectWaits, profile: connectProfiles, user: users, emotions: connectClips.emotions })
    .from(connectWaits)
    .innerJoin(connectProfiles, eq(connectProfiles.userId, connectWaits.userId))
    .innerJoin(users, eq(users.id, connectWaits.userId))
    .innerJoin(connectClips, eq(connectClips.id, connectWaits.clipId))
    .where(and(gt(connectWaits.expiresAt, now), ne(connectWaits.userId, clip.userId)))
    .orderBy(asc(connectWaits.createdAt))
    .limit(WAITERS_CHECKED);
  let best: { waiter: (typeof waiting)[number]; score: number } | null = null;
  for (const waiter of waiting) {
    if (!waiter.emotions || restrictionOf(waiter.user, now)) continue;
    const vector = waiter.emotions.map(Number);
    const target = matchTarget(vector, waiter.wait.mode, ageOn(waiter.profile.birthDate, now));
    const candidate = await findCandidate({ db, seeker: { userId: waiter.wait.userId, profile: waiter.profile }, target, now, onlyClipId: clip.id });
    if (candidate && (!best || candidate.score > best.score)) best = { waiter, score: candidate.score };
  }
  if (!best) return null;
  const { match } = await createMatch({
    db,
    a: { userId: best.waiter.wait.userId, clipId: best.waiter.wait.clipId, vector: (best.waiter.emotions as number[]).map(Number) },
    b: { userId: clip.userId, clipId: clip.id, vector: clip.emotions.map(Number) },
    mode: best.waiter.wait.mode,
    score: best.score,
    now,
  });
  return match.id;
}
