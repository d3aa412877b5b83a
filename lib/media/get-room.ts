import "server-only";
import { getConfig } from "../config";
import type { Db } from "../db/types";
import { callAllowance } from "./call-minutes";
import { displayNameOf, getRoomState, type RoomState } from "./room-access";
import { HEARTBEAT_INTERVAL_MS } from "./room-rules";

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** What a participant's client needs: the lifecycle, who the other person is, which side makes the
 * first offer (the impolite peer in perfect negotiation: the lower user id), the ICE servers and
 * what is left of today's call minutes. */
export async function toPublicRoom({ db, state, userId, now }: { db: Db; state: RoomState; userId: string; now: Date }) {
  const { room, participants } = state;
  const self = participants.find((p) => p.userId === userId)!;
  const other = participants.find((p) => p.userId !== userId);
  return {
    id: room.id,
    status: room.status,
    endReason: room.endReason,
    origin: { kind: room.originKind, id: room.originId },
    createdAt: room.createdAt.toISOString(),
    startedAt: iso(room.startedAt),
    endedAt: iso(room.endedAt),
    expiresAt: room.expiresAt.toISOString(),
    durationSeconds: room.durationSeconds,
    self: { userId, joinedAt: iso(self.joinedAt), polite: userId > (other?.userId ?? "") },
    other: other
      ? { userId: other.userId, displayName: await displayNameOf({ db, userId: other.userId }), joinedAt: iso(other.joinedAt) }
      : { userId: null, displayName: "A deleted account", joinedAt: null },
    iceServers: getConfig().env.ICE_SERVERS ?? [],
    iceTransportPolicy: getConfig().env.ICE_TRANSPORT_POLICY,
    heartbeatIntervalMs: HEARTBEAT_INTERVAL_MS,
    callMinutes: await callAllowance({ db, userId, now }),
  };
}

export type PublicRoom = Awaited<ReturnType<typeof toPublicRoom>>;

/** The room for one of its participants; 404 for anyone else. */
export async function getRoomForUser({ db, userId, roomId, now = new Date() }: { db: Db; userId: string; roomId: string; now?: Date }) {
  const state = await getRoomState({ db, userId, roomId, now });
  return toPublicRoom({ db, state, userId, now });
}
