import "server-only";
import { and, eq } from "drizzle-orm";
import { roomParticipants, rooms, type Room, type RoomOriginKind } from "../db/schema";
import type { Db } from "../db/types";
import { ROOM_TTL_MS } from "./room-rules";

export type RoomOrigin = { kind: RoomOriginKind; id: string };

/** Opens the 1:1 room for an origin (e.g. an accepted Connect match) with its two participants. One
 * origin has one room: calling again (both sides accepting at once) returns the room already open.
 * Takes a transaction as `db` so the caller's change and the room commit together. Notifies nobody;
 * the caller tells the participants (`user:{id}`) the room id. */
export async function createRoom({
  db,
  userIds,
  origin,
  now = new Date(),
}: {
  db: Db;
  userIds: [string, string] | string[];
  origin: RoomOrigin;
  now?: Date;
}): Promise<Room> {
  const participants = [...new Set(userIds)];
  if (participants.length !== 2) throw new Error("a room has exactly two different participants");
  const [created] = await db
    .insert(rooms)
    .values({ originKind: origin.kind, originId: origin.id, createdAt: now, expiresAt: new Date(now.getTime() + ROOM_TTL_MS) })
    .onConflictDoNothing({ target: [rooms.originKind, rooms.originId] })
    .returning();
  if (created) {
    await db.insert(roomParticipants).values(participants.map((userId) => ({ roomId: created.id, userId })));
    return created;
  }
  const [existing] = await db
    .select()
    .from(rooms)
    .where(and(eq(rooms.originKind, origin.kind), eq(rooms.originId, origin.id)));
  if (!existing) throw new Error("room for origin vanished while being created");
  return existing;
}
