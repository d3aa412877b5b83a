import "server-only";
import { and, desc, eq, or } from "drizzle-orm";
import { connectMatches, contacts, rooms } from "../db/schema";
import type { Db } from "../db/types";
import { matchViewFor, type MatchView } from "./match-view";

const HISTORY_LIMIT = 50;

export type HistoryEntry = MatchView & {
  /** Seconds of the call that followed (the match's room), null before or without one. */
  callDurationSeconds: number | null;
  /** A new match is needed to talk again (unless both added each other as contacts). */
  canCallAgain: boolean;
};

/** The user's matches, newest first, with the other person's name, mode and shared emotions. */
export async function listConnectHistory({ db, userId }: { db: Db; userId: string }): Promise<HistoryEntry[]> {
  const rows = await db
    .select({ match: connectMatches, callDurationSeconds: rooms.durationSeconds })
    .from(connectMatches)
    .leftJoin(rooms, eq(rooms.id, connectMatches.roomId))
    .where(or(eq(connectMatches.userAId, userId), eq(connectMatches.userBId, userId)))
    .orderBy(desc(connectMatches.createdAt))
    .limit(HISTORY_LIMIT);
  // Both sides' rows turn "accepted" together, so the user's own accepted row means both added each other.
  const accepted = await db
    .select({ contactId: contacts.contactId })
    .from(contacts)
    .where(and(eq(contacts.ownerId, userId), eq(contacts.status, "accepted")));
  const contactIds = new Set(accepted.map((c) => c.contactId));
  return Promise.all(
    rows.map(async ({ match, callDurationSeconds }) => {
      const view = await matchViewFor({ db, match, userId });
      return { ...view, callDurationSeconds: callDurationSeconds ?? null, canCallAgain: contactIds.has(view.otherUser.id) };
    }),
  );
}
