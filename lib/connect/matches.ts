import "server-only";
import { and, eq, or } from "drizzle-orm";
import { connectMatches, connectWaits, type ConnectMatch, type User } from "../db/schema";
import type { MatchMode } from "../db/schema/connect";
import type { Db } from "../db/types";
import { CONNECT_EMOTIONS } from "../emotion/emotions";
import { apiError, notFound } from "../http";
import { consume } from "../rate-limit";
import { findOwnClip } from "./clips";
import { scoresOf } from "./clip-vector";
import { createMatch } from "./create-match";
import { requireConnectUser } from "./eligibility";
import { CLIP_TTL_MS, findCandidate } from "./find-candidate";
import { matchViewFor, type MatchView } from "./match-view";
import { ageOn } from "./profile-schema";
import { upliftTarget } from "./uplift";

export const MATCH_REQUESTS_PER_MINUTE = 20;
const ROMANTIC = CONNECT_EMOTIONS.indexOf("romantic");

/** What to rank candidates against: the clip itself (similar) or what would lift it (uplift).
 * Romantic feelings only count between adults (everyone under 18 is matched among under-18s). */
export function matchTarget(vector: number[], mode: MatchMode, age: number): number[] {
  const scores = scoresOf(vector);
  const target = mode === "similar" || !scores ? [...vector] : CONNECT_EMOTIONS.map((e) => upliftTarget(scores)[e]);
  if (age < 18) target[ROMANTIC] = 0;
  return target;
}

export type MatchRequestResult = { status: "waiting" } | MatchView;

/** Finds the best person for the clip now, or records a wait that a later fitting clip will answer. */
export async function requestMatch({
  db,
  user,
  clipId,
  mode,
  now = new Date(),
}: {
  db: Db;
  user: User;
  clipId: string;
  mode: MatchMode;
  now?: Date;
}): Promise<MatchRequestResult> {
  const profile = await requireConnectUser({ db, user, now });
  await consume({ db, key: `connect:matches:user:${user.id}`, limit: MATCH_REQUESTS_PER_MINUTE, windowMs: 60_000 });
  const clip = await findOwnClip({ db, userId: user.id, clipId });
  if (clip.status !== "completed" || !clip.emotions) throw apiError("CONFLICT", "connect.clipNotReady");
  const clipExpiresAt = new Date(clip.createdAt.getTime() + CLIP_TTL_MS);
  if (clipExpiresAt <= now) throw apiError("CONFLICT", "connect.clipTooOld");
  const vector = clip.emotions.map(Number);
  const target = matchTarget(vector, mode, ageOn(profile.birthDate, now));
  const candidate = await findCandidate({ db, seeker: { userId: user.id, profile }, target, now });
  if (!candidate) {
    await db
      .insert(connectWaits)
      .values({ userId: user.id, clipId, mode, expiresAt: clipExpiresAt })
      .onConflictDoUpdate({ target: connectWaits.userId, set: { clipId, mode, expiresAt: clipExpiresAt, createdAt: now } });
    return { status: "waiting" };
  }
  const { viewForA } = await createMatch({
    db,
    a: { userId: user.id, clipId, vector },
    b: { userId: candidate.userId, clipId: candidate.clipId, vector: candidate.emotions },
    mode,
    score: candidate.score,
    now,
  });
  return viewForA;
}

export async function findOwnMatch({ db, userId, matchId }: { db: Db; userId: string; matchId: string }): Promise<ConnectMatch> {
  const [row] = await db
    .select()
    .from(connectMatches)
    .where(and(eq(connectMatches.id, matchId), or(eq(connectMatches.userAId, userId), eq(connectMatches.userBId, userId))))
    .limit(1);
  if (!row) throw notFound("match");
  return row;
}

export async function getMatch({ db, userId, matchId }: { db: Db; userId: string; matchId: string }): Promise<MatchView> {
  const match = await findOwnMatch({ db, userId, matchId });
  return matchViewFor({ db, match, userId });
}
