import "server-only";
import { and, eq } from "drizzle-orm";
import { connectProfiles, roomParticipants, rooms, users, type Room, type RoomParticipant } from "../db/schema";
import type { Db } from "../db/types";
import { apiError, AppError, notFound } from "../http";
import { closeRoom, lapsedEnding } from "./settle-room";

export type RoomState = { room: Room; participants: RoomParticipant[] };

async function loadRoom({ db, roomId }: { db: Db; roomId: string }): Promise<RoomState | null> {
  const [room] = await db.select().from(rooms).where(eq(rooms.id, roomId));
  if (!room) return null;
  const participants = await db.select().from(roomParticipants).where(eq(roomParticipants.roomId, roomId));
  return { room, participants };
}

/** The room as it stands at `now`: a room whose heartbeat, answer time or hour has lapsed is closed
 * on read, so nobody has to wait for the sweep to see a call has ended. */
export async function settledRoom({ db, state, now }: { db: Db; state: RoomState; now: Date }): Promise<RoomState> {
  const ending = lapsedEnding(state.room, state.participants, now);
  if (!ending) return state;
  await closeRoom({ db, room: state.room, ending });
  return (await loadRoom({ db, roomId: state.room.id })) ?? state;
}

export async function isRoomParticipant({ db, userId, roomId }: { db: Db; userId: string; roomId: string }): Promise<boolean> {
  const [row] = await db
    .select({ userId: roomParticipants.userId })
    .from(roomParticipants)
    .where(and(eq(roomParticipants.roomId, roomId), eq(roomParticipants.userId, userId)));
  return Boolean(row);
}

/** A room the user is in, settled at `now`; 404 for anyone else, whether or not it exists. */
export async function getRoomState({ db, userId, roomId, now = new Date() }: { db: Db; userId: string; roomId: string; now?: Date }) {
  const state = await loadRoom({ db, roomId });
  if (!state || !state.participants.some((p) => p.userId === userId)) throw notFound("room");
  return settledRoom({ db, state, now });
}

/** As getRoomState, for writes (signal, heartbeat, end): a room you are not in is 403, the same
 * whether or not it exists. */
export async function getRoomStateForWrite(args: { db: Db; userId: string; roomId: string; now?: Date }) {
  try {
    return await getRoomState(args);
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") throw apiError("FORBIDDEN", "media.notInRoom");
    throw err;
  }
}

/** The name the other person knows them by: their Connect profile's, else their account's. */
export async function displayNameOf({ db, userId }: { db: Db; userId: string }): Promise<string> {
  const [user] = await db
    .select({ account: users.displayName, connect: connectProfiles.displayName })
    .from(users)
    .leftJoin(connectProfiles, eq(connectProfiles.userId, users.id))
    .where(eq(users.id, userId));
  return user?.connect || user?.account || "Your match";
}
