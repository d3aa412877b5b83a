import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { rooms, type Room, type RoomEndReason, type RoomParticipant, type RoomStatus } from "../db/schema";
import type { Db } from "../db/types";
import { publish } from "../realtime/bus";
import { ANSWER_TIMEOUT_MS, HEARTBEAT_TIMEOUT_MS, roomChannel } from "./room-rules";

export const openStatuses: RoomStatus[] = ["initiated", "active"];

export type RoomEnding = { status: RoomStatus; endReason: RoomEndReason; endedAt: Date; endedBy?: string | null };

/** Seconds between the call starting (both in the room) and its end; 0 for a call that never started. */
export function durationOf(room: Pick<Room, "startedAt">, endedAt: Date): number {
  if (!room.startedAt) return 0;
  return Math.max(0, Math.round((endedAt.getTime() - room.startedAt.getTime()) / 1000));
}

/** How an open room has ended by itself at `now`, if it has: a participant's heartbeat went silent
 * (the call ends at their last heartbeat, its real duration), the hour ran out, or someone never came. */
export function lapsedEnding(room: Room, participants: RoomParticipant[], now: Date): RoomEnding | null {
  if (!openStatuses.includes(room.status)) return null;
  const silentSince = participants
    .filter((p) => p.joinedAt && !p.leftAt && p.lastHeartbeatAt)
    .map((p) => p.lastHeartbeatAt!.getTime())
    .filter((beat) => now.getTime() - beat > HEARTBEAT_TIMEOUT_MS);
  const expiry = room.expiresAt.getTime();
  if (room.status === "active") {
    const lastSeen = silentSince.length ? Math.min(...silentSince) : null;
    if (lastSeen !== null && lastSeen < expiry) return { status: "completed", endReason: "heartbeat-lost", endedAt: new Date(lastSeen) };
    if (now.getTime() >= expiry) return { status: "completed", endReason: "expired", endedAt: room.expiresAt };
    return null;
  }
  const answerBy = Math.min(room.createdAt.getTime() + ANSWER_TIMEOUT_MS, expiry);
  return now.getTime() >= answerBy ? { status: "missed", endReason: "expired", endedAt: new Date(answerBy) } : null;
}

/** Ends an open room once: of two enders at the same moment (a participant, the sweep) only the first
 * writes the end and announces it on `room:{id}`; the other gets null. */
export async function closeRoom({ db, room, ending }: { db: Db; room: Room; ending: RoomEnding }): Promise<Room | null> {
  const durationSeconds = ending.status === "completed" ? durationOf(room, ending.endedAt) : 0;
  const [closed] = await db
    .update(rooms)
    .set({ status: ending.status, endReason: ending.endReason, endedAt: ending.endedAt, durationSeconds, endedBy: ending.endedBy ?? null })
    .where(and(eq(rooms.id, room.id), inArray(rooms.status, openStatuses)))
    .returning();
  if (!closed) return null;
  await publish({
    db,
    channel: roomChannel(room.id),
    type: "room.ended",
    payload: { status: closed.status, endReason: closed.endReason, durationSeconds, endedAt: ending.endedAt.toISOString() },
  });
  return closed;
}
