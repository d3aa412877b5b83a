import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { roomSignals } from "../db/schema";
import { rowsOf } from "../db/rows";
import type { Db } from "../db/types";
import { apiError, AppError, notFound, rateLimited } from "../http";
import { loggedEvents, notifyLogged, published, type BusEvent } from "../realtime/bus";
import { getRoomState, getRoomStateForWrite } from "./room-access";
import { roomChannel } from "./room-rules";
import { openStatuses } from "./settle-room";
import type { SignalInput } from "./signal-schemas";

/** Under the bus's 4,000-byte cap with room for the envelope; a bigger payload (a long SDP) is kept
 * in room_signals and the event carries its id for the peer to fetch. */
export const INLINE_SIGNAL_BYTES = 3_500;
/** A negotiation is a few descriptions and a few dozen candidates; ICE restarts add a few more. */
export const SIGNALS_PER_MINUTE = 240;

// Signalling is the hot path of call set-up, so one statement checks that the sender is in the open
// room and under the per-minute limit (counted from its own recent events), logs the event and
// NOTIFYs; only a refused send pays for finding out why.
async function publishSignal({ db, roomId, userId, payload, now }: { db: Db; roomId: string; userId: string; payload: Record<string, unknown>; now: Date }) {
  const channel = roomChannel(roomId);
  const result = await db.execute(sql`
    with allowed as (
      select 1 from rooms r join room_participants p on p.room_id = r.id
      where r.id = ${roomId} and p.user_id = ${userId} and r.status in ('initiated', 'active') and r.expires_at > ${now.toISOString()}::timestamptz
        and (select count(*) from realtime_events e
             where e.channel = ${channel} and e.type = 'signal' and e.payload ->> 'from' = ${userId}
               and e.created_at > now() - interval '1 minute') < ${SIGNALS_PER_MINUTE}
    ),
    ${loggedEvents(sql`select ${channel}, 'signal', ${JSON.stringify(payload)}::jsonb from allowed`)}
    select logged.id, ${notifyLogged} from logged`);
  const [row] = rowsOf<{ id: number | string }>(result);
  return row ? published({ id: Number(row.id), channel, type: "signal", payload }) : null;
}

/** Why a send was refused: not in the room (403), the call is over (409), or too many (429). */
async function refusal({ db, userId, roomId, now }: { db: Db; userId: string; roomId: string; now: Date }): Promise<AppError> {
  const { room } = await getRoomStateForWrite({ db, userId, roomId, now });
  if (!openStatuses.includes(room.status) || room.expiresAt <= now) return apiError("CONFLICT", "media.callEnded", { details: { status: room.status } });
  return rateLimited(60);
}

/** Relays one signalling message to the other participant on `room:{id}`. Only the room's two
 * participants may send (403 for anyone else), and only while the room is open (409). */
export async function sendSignal({ db, userId, roomId, signal, now = new Date() }: { db: Db; userId: string; roomId: string; signal: SignalInput; now?: Date }) {
  const envelope = { from: userId, type: signal.type };
  let event: BusEvent | null;
  let stored = false;
  if (Buffer.byteLength(JSON.stringify(signal.payload)) <= INLINE_SIGNAL_BYTES) {
    event = await publishSignal({ db, roomId, userId, payload: { ...envelope, payload: signal.payload }, now });
  } else {
    const { room } = await getRoomStateForWrite({ db, userId, roomId, now });
    if (!openStatuses.includes(room.status)) throw apiError("CONFLICT", "media.callEnded", { details: { status: room.status } });
    const [row] = await db.insert(roomSignals).values({ roomId, fromUserId: userId, type: signal.type, payload: signal.payload }).returning();
    if (!row) throw new Error("signal insert returned no row");
    event = await publishSignal({ db, roomId, userId, payload: { ...envelope, signalId: row.id }, now });
    stored = true;
  }
  if (!event) throw await refusal({ db, userId, roomId, now });
  return { eventId: event.id, stored };
}

/** A stored signal, for the room's participants only (404 otherwise). */
export async function getStoredSignal({ db, userId, roomId, signalId }: { db: Db; userId: string; roomId: string; signalId: number }) {
  await getRoomState({ db, userId, roomId });
  const [row] = await db.select().from(roomSignals).where(and(eq(roomSignals.id, signalId), eq(roomSignals.roomId, roomId)));
  if (!row) throw notFound("signal");
  return { id: row.id, from: row.fromUserId, type: row.type, payload: row.payload };
}
