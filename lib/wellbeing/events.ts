import "server-only";
import type { Db } from "../db/types";
import { publish } from "../realtime/bus";

/** Wellbeing changes on the user's own channel, so every open tab refetches what changed. */
export const WELLBEING_EVENTS = {
  entry: "wellbeing.entry",
  checkin: "wellbeing.checkin",
} as const;

export function publishEntryChanged({ db, userId, entryId, revision }: { db: Db; userId: string; entryId: string; revision: number }) {
  return publish({ db, channel: `user:${userId}`, type: WELLBEING_EVENTS.entry, payload: { entryId, revision } });
}

export function publishCheckin({ db, userId, checkinId }: { db: Db; userId: string; checkinId: string }) {
  return publish({ db, channel: `user:${userId}`, type: WELLBEING_EVENTS.checkin, payload: { checkinId } });
}
