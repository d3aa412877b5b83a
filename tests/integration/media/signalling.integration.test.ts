import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as endRoute } from "@/app/api/rooms/[id]/end/route";
import { POST as signalRoute } from "@/app/api/rooms/[id]/signal/route";
import { GET as storedSignalRoute } from "@/app/api/rooms/[id]/signals/[signalId]/route";
import { realtimeEvents, roomSignals } from "@/lib/db/schema";
import { SIGNALS_PER_MINUTE } from "@/lib/media/send-signal";
import { call, errorOf } from "../../fixtures/http";
import { roomBetweenTwo, roomEvents, roomPost } from "../../fixtures/rooms";
import { signUpUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();

const sdp = (chars: number) => `v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n${"a=x".padEnd(chars - 30, "x")}\r\n`;
const candidate = { session: "s1", candidate: "candidate:1 1 udp 2122260223 192.168.1.2 50000 typ host", sdpMid: "0", sdpMLineIndex: 0 };

describe("POST /api/rooms/:id/signal", () => {
  it("relays offer, answer and candidates from each participant on room:{id}, tagged with the sender", async () => {
    const { a, b, aId, bId, roomId } = await roomBetweenTwo(database.db);
    const offer = { type: "offer", payload: { sdp: sdp(2_000), session: "s1" } };
    expect((await roomPost(signalRoute, a, roomId, "signal", offer)).status).toBe(202);
    expect((await roomPost(signalRoute, b, roomId, "signal", { type: "answer", payload: { sdp: sdp(1_800), session: "s1" } })).status).toBe(202);
    expect((await roomPost(signalRoute, a, roomId, "signal", { type: "candidate", payload: candidate })).status).toBe(202);

    const events = await roomEvents(database.db, roomId, "signal");
    expect(events.map((e) => [e.payload.from, e.payload.type])).toEqual([
      [aId, "offer"],
      [bId, "answer"],
      [aId, "candidate"],
    ]);
    expect(events[0]?.payload.payload).toEqual(offer.payload);
    expect(events[2]?.payload.payload).toEqual(candidate);
  });

  it("keeps an SDP too large for NOTIFY and lets only the participants fetch it", async () => {
    const { a, b, roomId } = await roomBetweenTwo(database.db);
    const big = { type: "offer", payload: { sdp: sdp(9_000), session: "s1" } };
    expect((await roomPost(signalRoute, a, roomId, "signal", big)).status).toBe(202);
    const [event] = await roomEvents(database.db, roomId, "signal");
    expect(event?.payload.payload).toBeUndefined();
    const signalId = String(event?.payload.signalId);
    const path = `/api/rooms/${roomId}/signals/${signalId}`;
    const fetched = await call(storedSignalRoute, path, { cookie: b.cookie }, { id: roomId, signalId });
    expect(fetched.status).toBe(200);
    expect((await fetched.json()).payload).toEqual(big.payload);
    const stranger = await signUpUser();
    expect((await call(storedSignalRoute, path, { cookie: stranger.cookie }, { id: roomId, signalId })).status).toBe(404);
  });

  it("answers 403 to someone outside the room, whether or not it exists, and publishes nothing", async () => {
    const { roomId } = await roomBetweenTwo(database.db);
    const stranger = await signUpUser();
    const signal = { type: "candidate", payload: candidate };
    const foreign = await roomPost(signalRoute, stranger, roomId, "signal", signal);
    const missing = await roomPost(signalRoute, stranger, crypto.randomUUID(), "signal", signal);
    expect([foreign.status, missing.status]).toEqual([403, 403]);
    expect((await errorOf(foreign)).message).toBe((await errorOf(missing)).message);
    expect(await roomEvents(database.db, roomId)).toEqual([]);
  });

  it("refuses malformed and oversized signals with 400 and stores nothing", async () => {
    const { a, roomId } = await roomBetweenTwo(database.db);
    for (const body of [
      { type: "bye", payload: {} },
      { type: "offer", payload: { sdp: "", session: "s1" } },
      { type: "offer", payload: { sdp: sdp(20_000), session: "s1" } },
      { type: "offer", payload: { sdp: sdp(2_000) } },
      { type: "offer", payload: { sdp: sdp(2_000), session: "not a session" } },
      { type: "candidate", payload: { ...candidate, extra: true } },
      { type: "answer" },
    ]) {
      const res = await roomPost(signalRoute, a, roomId, "signal", body);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe("VALIDATION_ERROR");
    }
    expect(await roomEvents(database.db, roomId)).toEqual([]);
    expect(await database.db.select().from(roomSignals).where(eq(roomSignals.roomId, roomId))).toEqual([]);
  });

  it("limits each sender to 240 signals a minute (429 with Retry-After), leaving the other side free", async () => {
    const { a, b, aId, roomId } = await roomBetweenTwo(database.db);
    await database.db
      .insert(realtimeEvents)
      .values(Array.from({ length: SIGNALS_PER_MINUTE }, () => ({ channel: `room:${roomId}`, type: "signal", payload: { from: aId, type: "candidate" } })));
    const limited = await roomPost(signalRoute, a, roomId, "signal", { type: "candidate", payload: candidate });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
    expect((await roomPost(signalRoute, b, roomId, "signal", { type: "candidate", payload: candidate })).status).toBe(202);
  });

  it("refuses signals once the call is over (409)", async () => {
    const { a, b, roomId } = await roomBetweenTwo(database.db);
    await roomPost(endRoute, a, roomId, "end");
    const res = await roomPost(signalRoute, b, roomId, "signal", { type: "candidate", payload: candidate });
    expect(res.status).toBe(409);
    expect(await roomEvents(database.db, roomId, "signal")).toEqual([]);
  });
});
