import "server-only";
import { and, desc, eq, inArray, notExists } from "drizzle-orm";
import { roomParticipants, rooms } from "../db/schema";
import type { Db } from "../db/types";
import { closeRoom, openStatuses } from "./settle-room";

/** The calls the user was in: each room's lifecycle and their own side of it (no audio exists to export). */
export async function exportRoomData({ db, userId }: { db: Db; userId: string }) {
  const rows = await db
    .select({ room: rooms, joinedAt: roomParticipants.joinedAt, leftAt: roomParticipants.leftAt })
    .from(roomParticipants)
    .innerJoin(rooms, eq(rooms.id, roomParticipants.roomId))
    .where(eq(roomParticipants.userId, userId))
    .orderBy(desc(rooms.createdAt));
  return rows.map(({ room, joinedAt, leftAt }) => ({ ...room, you: { joinedAt, leftAt } }));
}

/** Before the user's row goes: their open calls end now, so the other person sees the call over. */
export async function endRoomsOfDeletedUser({ db, userId, now = new Date() }: { db: Db; userId: string; now?: Date }) {
  const open = await db
    .select({ room: rooms })
    .from(roomParticipants)
    .innerJoin(rooms, eq(rooms.id, roomParticipants.roomId))
    .where(and(eq(roomParticipants.userId, userId), inArray(rooms.status, openStatuses)));
  for (const { room } of open) {
    await closeRoom({ db, room, ending: { status: room.status === "active" ? "completed" : "missed", endReason: "ended", endedAt: now } });
  }
}

/** After the cascade removed their participant rows: rooms nobody is left in go too. */
export async function deleteEmptyRooms({ db }: { db: Db }) {
  await db
    .delete(rooms)
    .where(notExists(db.select({ one: roomParticipants.userId }).from(roomParticipants).where(eq(roomParticipants.roomId, rooms.id))));
}
