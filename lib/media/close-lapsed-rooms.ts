import "server-only";
import { and, eq, inArray, lt, lte, notInArray, or, sql } from "drizzle-orm";
import { roomParticipants, rooms, roomSignals } from "../db/schema";
import type { Db } from "../db/types";
import { log } from "../log";
import { ANSWER_TIMEOUT_MS, HEARTBEAT_TIMEOUT_MS } from "./room-rules";
import { closeRoom, lapsedEnding, openStatuses } from "./settle-room";

/** The sweep (every minute, and in the cleanup job): closes rooms whose heartbeat went silent, whose
 * other person never came or whose hour ran out, the same way reading them would, and drops stored
 * signals of rooms that are over. Idempotent; returns how many rooms it closed. */
export async function closeLapsedRooms({ db, now = new Date() }: { db: Db; now?: Date }): Promise<{ closedRooms: number; deletedSignals: number }> {
  const silentBefore = new Date(now.getTime() - HEARTBEAT_TIMEOUT_MS);
  const candidates = await db
    .select()
    .from(rooms)
    .where(
      and(
        inArray(rooms.status, openStatuses),
        or(
          lte(rooms.expiresAt, now),
          and(eq(rooms.status, "initiated"), lte(rooms.createdAt, new Date(now.getTime() - ANSWER_TIMEOUT_MS))),
          sql`exists (select 1 from ${roomParticipants} where ${roomParticipants.roomId} = ${rooms.id}
            and ${roomParticipants.leftAt} is null and ${lt(roomParticipants.lastHeartbeatAt, silentBefore)})`,
        ),
      ),
    );
  let closedRooms = 0;
  for (const room of candidates) {
    try {
      const participants = await db.select().from(roomParticipants).where(eq(roomParticipants.roomId, room.id));
      const ending = lapsedEnding(room, participants, now);
      if (ending && (await closeRoom({ db, room, ending }))) closedRooms += 1;
    } catch (err) {
      log.error({ err, roomId: room.id }, "closing a lapsed room failed");
    }
  }
  const open = db.select({ id: rooms.id }).from(rooms).where(inArray(rooms.status, openStatuses));
  const deleted = await db.delete(roomSignals).where(notInArray(roomSignals.roomId, open)).returning({ id: roomSignals.id });
  return { closedRooms, deletedSignals: deleted.length };
}
