import "server-only";
import { and, eq } from "drizzle-orm";
import { roomParticipants } from "../db/schema";
import type { Db } from "../db/types";
import { apiError } from "../http";
import { toPublicRoom } from "./get-room";
import { getRoomStateForWrite } from "./room-access";
import { closeRoom, openStatuses, type RoomEnding } from "./settle-room";
import type { EndRoomInput } from "./signal-schemas";

/** A participant hangs up. An active call completes with its duration; a room the other person never
 * joined was missed; peers that never connected failed. Ending a room already over is a 409 that
 * carries the room as it ended. */
export async function endRoom({ db, userId, roomId, reason, now = new Date() }: { db: Db; userId: string; roomId: string; reason: EndRoomInput["reason"]; now?: Date }) {
  const state = await getRoomStateForWrite({ db, userId, roomId, now });
  const alreadyOver = async () => {
    const room = await toPublicRoom({ db, state: await getRoomStateForWrite({ db, userId, roomId, now }), userId, now });
    return apiError("CONFLICT", "media.callAlreadyEnded", { details: { room } });
  };
  if (!openStatuses.includes(state.room.status)) throw await alreadyOver();
  const status: RoomEnding["status"] = reason === "connection-failed" ? "failed" : state.room.status === "active" ? "completed" : "missed";
  const endReason = reason === "connection-failed" ? "connection-failed" : "ended";
  await db.update(roomParticipants).set({ leftAt: now }).where(and(eq(roomParticipants.roomId, roomId), eq(roomParticipants.userId, userId)));
  const closed = await closeRoom({ db, room: state.room, ending: { status, endReason, endedAt: now, endedBy: userId } });
  if (!closed) throw await alreadyOver();
  return toPublicRoom({ db, state: await getRoomStateForWrite({ db, userId, roomId, now }), userId, now });
}
