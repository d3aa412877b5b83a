import "server-only";
import { and, eq, gt, isNotNull, lte, sql } from "drizzle-orm";
import { connectMatches, type ConnectMatch, type User } from "../db/schema";
import type { Db } from "../db/types";
import { apiError } from "../http";
import { createRoom } from "../media/create-room";
import { publish } from "../realtime/bus";
import { requireConnectUser } from "./eligibility";
import { matchViewFor, type MatchView } from "./match-view";
import { findOwnMatch } from "./matches";

async function announce(db: Db, match: ConnectMatch) {
  for (const userId of [match.userAId, match.userBId]) {
    await publish({ db, channel: `user:${userId}`, type: "match.updated", payload: { matchId: match.id, status: match.status, roomId: match.roomId } });
  }
}

async function assertOpen(db: Db, match: ConnectMatch, now: Date) {
  if (match.status === "pending" && match.expiresAt <= now) {
    await db.update(connectMatches).set({ status: "expired" }).where(and(eq(connectMatches.id, match.id), eq(connectMatches.status, "pending")));
    throw apiError("CONFLICT", "connect.matchExpired", { details: { status: "expired" } });
  }
  if (match.status !== "pending") throw apiError("CONFLICT", "connect.matchAlready", { values: { status: match.status }, details: { status: match.status } });
}

async function view(db: Db, match: ConnectMatch, userId: string): Promise<MatchView> {
  return matchViewFor({ db, match, userId });
}

/** pending → accepted with its room, in one transaction, once both have said yes; the second
 * acceptor gets there (a concurrent pair: the status update lets exactly one through). */
async function openRoomIfBothAccepted(db: Db, matchId: string, now: Date): Promise<ConnectMatch | null> {
  return db.transaction(async (tx) => {
    const [accepted] = await tx
      .update(connectMatches)
      .set({ status: "accepted" })
      .where(and(eq(connectMatches.id, matchId), eq(connectMatches.status, "pending"), isNotNull(connectMatches.aAcceptedAt), isNotNull(connectMatches.bAcceptedAt)))
      .returning();
    if (!accepted) return null;
    const room = await createRoom({ db: tx as unknown as Db, userIds: [accepted.userAId, accepted.userBId], origin: { kind: "connect-match", id: matchId }, now });
    const [withRoom] = await tx.update(connectMatches).set({ roomId: room.id }).where(eq(connectMatches.id, matchId)).returning();
    return withRoom ?? accepted;
  });
}

/** Says yes for `user`. When both have, the match is accepted (exactly once, whoever is second). */
export async function acceptMatch({ db, user, matchId, now = new Date() }: { db: Db; user: User; matchId: string; now?: Date }) {
  const match = await findOwnMatch({ db, userId: user.id, matchId });
  await requireConnectUser({ db, user, now });
  if (match.status === "accepted") return view(db, match, user.id);
  await assertOpen(db, match, now);
  const column = match.userAId === user.id ? "a_accepted_at" : "b_accepted_at";
  const [updated] = await db
    .update(connectMatches)
    .set(column === "a_accepted_at" ? { aAcceptedAt: sql`coalesce(a_accepted_at, now())` } : { bAcceptedAt: sql`coalesce(b_accepted_at, now())` })
    .where(and(eq(connectMatches.id, matchId), eq(connectMatches.status, "pending"), gt(connectMatches.expiresAt, now)))
    .returning();
  if (!updated) return assertOpen(db, await findOwnMatch({ db, userId: user.id, matchId }), now).then(() => view(db, match, user.id));
  const accepted = await openRoomIfBothAccepted(db, matchId, now);
  const current = accepted ?? updated;
  await announce(db, current);
  return view(db, current, user.id);
}

/** Says no: the match closes for both, and nothing else happens. */
export async function rejectMatch({ db, user, matchId, now = new Date() }: { db: Db; user: User; matchId: string; now?: Date }) {
  const match = await findOwnMatch({ db, userId: user.id, matchId });
  await assertOpen(db, match, now);
  const [rejected] = await db
    .update(connectMatches)
    .set({ status: "rejected", rejectedBy: user.id })
    .where(and(eq(connectMatches.id, matchId), eq(connectMatches.status, "pending")))
    .returning();
  if (!rejected) return view(db, await findOwnMatch({ db, userId: user.id, matchId }), user.id);
  await announce(db, rejected);
  return view(db, rejected, user.id);
}

/** Pending matches past their 10 minutes become expired (cleanup cron); returns how many. */
export async function expireMatches({ db, now = new Date() }: { db: Db; now?: Date }): Promise<number> {
  const rows = await db
    .update(connectMatches)
    .set({ status: "expired" })
    .where(and(eq(connectMatches.status, "pending"), lte(connectMatches.expiresAt, now)))
    .returning({ id: connectMatches.id });
  return rows.length;
}
