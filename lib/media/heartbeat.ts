import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { roomParticipants, rooms } from "../db/schema";
import type { Db } from "../db/types";
import { publish } from "../realtime/bus";
import { enforceCallMinutes } from "./enforce-call-minutes";
import { toPublicRoom } from "./get-room";
import { getRoomStateForWrite } from "./room-access";
import { roomChannel } from "./room-rules";
import { openStatuses } from "./settle-room";

/** The participant is still here. The first heartbeat joins the room; once both have joined the call
 * is active from that moment. `joining` marks a page that has just opened the call (a reload too):
 * it is announced as `room.joined` so the other side starts a fresh connection with it. A room
 * already over answers as it stands (the client shows it ended). */
export async function heartbeatRoom({
  db,
  userId,
  roomId,
  joining = false,
  now = new Date(),
}: {
  db: Db;
  userId: string;
  roomId: string;
  joining?: boolean;
  now?: Date;
}) {
  let state = await getRoomStateForWrite({ db, userId, roomId, now });
  if (!openStatuses.includes(state.room.status)) return toPublicRoom({ db, state, userId, now });

  const self = and(eq(roomParticipants.roomId, roomId), eq(roomParticipants.userId, userId));
  await db.update(roomParticipants).set({ lastHeartbeatAt: now }).where(self);
  const [joined] = await db
    .update(roomParticipants)
    .set({ joinedAt: now })
    .where(and(self, isNull(roomParticipants.joinedAt)))
    .returning();
  if (joined || joining) await publish({ db, channel: roomChannel(roomId), type: "room.joined", payload: { userId } });
  if (joined) {
    const everyone = await db.select().from(roomParticipants).where(eq(roomParticipants.roomId, roomId));
    if (everyone.every((p) => p.joinedAt)) {
      const [active] = await db
        .update(rooms)
        .set({ status: "active", startedAt: now })
        .where(and(eq(rooms.id, roomId), eq(rooms.status, "initiated")))
        .returning();
      if (active) await publish({ db, channel: roomChannel(roomId), type: "room.active", payload: { startedAt: now.toISOString() } });
    }
  }
  state = await getRoomStateForWrite({ db, userId, roomId, now });
  if (await enforceCallMinutes({ db, state, now })) state = await getRoomStateForWrite({ db, userId, roomId, now });
  return toPublicRoom({ db, state, userId, now });
}
