import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { roomParticipants } from "../db/schema";
import type { Db } from "../db/types";
import { publish } from "../realtime/bus";
import { callAllowance } from "./call-minutes";
import type { RoomState } from "./room-access";
import { CALL_MINUTES_WARNING_MS, roomChannel } from "./room-rules";
import { closeRoom } from "./settle-room";

/** An active call stops when either participant's daily call minutes are used up; a minute before,
 * that participant's side gets one warning on `room:{id}`. Returns whether it stopped the call. */
export async function enforceCallMinutes({ db, state, now }: { db: Db; state: RoomState; now: Date }): Promise<boolean> {
  if (state.room.status !== "active") return false;
  for (const participant of state.participants) {
    const { remainingSeconds } = await callAllowance({ db, userId: participant.userId, now });
    if (remainingSeconds === null) continue;
    if (remainingSeconds <= 0) {
      await closeRoom({ db, room: state.room, ending: { status: "completed", endReason: "call-minutes", endedAt: now, endedBy: participant.userId } });
      return true;
    }
    if (remainingSeconds * 1000 > CALL_MINUTES_WARNING_MS) continue;
    const [warned] = await db
      .update(roomParticipants)
      .set({ minutesWarnedAt: now })
      .where(and(eq(roomParticipants.roomId, state.room.id), eq(roomParticipants.userId, participant.userId), isNull(roomParticipants.minutesWarnedAt)))
      .returning();
    if (warned) {
      await publish({ db, channel: roomChannel(state.room.id), type: "call.minutes-warning", payload: { userId: participant.userId, remainingSeconds } });
    }
  }
  return false;
}
