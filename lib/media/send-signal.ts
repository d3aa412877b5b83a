import "server-only";
import { and, eq } from "drizzle-orm";
import { roomSignals } from "../db/schema";
import type { Db } from "../db/types";
import { AppError, notFound } from "../http";
import { consume } from "../rate-limit";
import { publish } from "../realtime/bus";
import { getRoomState, getRoomStateForWrite } from "./room-access";
import { roomChannel } from "./room-rules";
import { openStatuses } from "./settle-room";
import type { SignalInput } from "./signal-schemas";

/** Under the bus's 4,000-byte cap with room for the envelope; a bigger payload (a long SDP) is kept
 * in room_signals and the event carries its id for the peer to fetch. */
export const INLINE_SIGNAL_BYTES = 3_500;
/** A negotiation is a few descriptions and a few dozen candidates; ICE restarts add a few more. */
const SIGNALS_PER_MINUTE = 240;

/** Relays one signalling message to the other participant on `room:{id}`. Only the room's two
 * participants may send (403 for anyone else), and only while the room is open (409). */
export async function sendSignal({ db, userId, roomId, signal, now = new Date() }: { db: Db; userId: string; roomId: string; signal: SignalInput; now?: Date }) {
  const { room } = await getRoomStateForWrite({ db, userId, roomId, now });
  if (!openStatuses.includes(room.status)) throw new AppError("CONFLICT", "This call has ended.", { status: room.status });
  await consume({ db, key: `room-signal:${roomId}:${userId}`, limit: SIGNALS_PER_MINUTE, windowMs: 60_000, now: now.getTime() });
  const base = { from: userId, type: signal.type };
  if (Buffer.byteLength(JSON.stringify(signal.payload)) <= INLINE_SIGNAL_BYTES) {
    const event = await publish({ db, channel: roomChannel(roomId), type: "signal", payload: { ...base, payload: signal.payload } });
    return { eventId: event.id, stored: false };
  }
  const [stored] = await db.insert(roomSignals).values({ roomId, fromUserId: userId, type: signal.type, payload: signal.payload }).returning();
  if (!stored) throw new Error("signal insert returned no row");
  const event = await publish({ db, channel: roomChannel(roomId), type: "signal", payload: { ...base, signalId: stored.id } });
  return { eventId: event.id, stored: true };
}

/** A stored signal, for the room's participants only (404 otherwise). */
export async function getStoredSignal({ db, userId, roomId, signalId }: { db: Db; userId: string; roomId: string; signalId: number }) {
  await getRoomState({ db, userId, roomId });
  const [row] = await db.select().from(roomSignals).where(and(eq(roomSignals.id, signalId), eq(roomSignals.roomId, roomId)));
  if (!row) throw notFound("Signal");
  return { id: row.id, from: row.fromUserId, type: row.type, payload: row.payload };
}
