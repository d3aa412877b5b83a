import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as getRoom } from "@/app/api/rooms/[id]/route";
import { GET as realtime } from "@/app/api/realtime/route";
import { createRoom } from "@/lib/media/create-room";
import { call, errorOf } from "../../fixtures/http";
import { roomBetweenTwo } from "../../fixtures/rooms";
import { signUpUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();

describe("rooms: who may see and follow them", () => {
  it("shows the room to both participants, each seeing the other's name, and 404 to anyone else", async () => {
    const { a, b, aId, bId, roomId } = await roomBetweenTwo(database.db);
    const stranger = await signUpUser();
    const asA = await call(getRoom, `/api/rooms/${roomId}`, { cookie: a.cookie }, { id: roomId });
    expect(asA.status).toBe(200);
    const roomA = await asA.json();
    expect(roomA).toMatchObject({ id: roomId, status: "initiated", other: { userId: bId, displayName: "Bea" } });
    const roomB = await (await call(getRoom, `/api/rooms/${roomId}`, { cookie: b.cookie }, { id: roomId })).json();
    expect(roomB.other).toMatchObject({ userId: aId, displayName: "Ada" });
    expect(roomA.self.polite).not.toBe(roomB.self.polite);

    const foreign = await call(getRoom, `/api/rooms/${roomId}`, { cookie: stranger.cookie }, { id: roomId });
    const missing = await call(getRoom, `/api/rooms/${randomUUID()}`, { cookie: stranger.cookie }, { id: randomUUID() });
    expect([foreign.status, missing.status]).toEqual([404, 404]);
    expect((await errorOf(foreign)).message).toBe((await errorOf(missing)).message);
  });

  it("lets only the participants subscribe to room:{id}", async () => {
    const { a, roomId } = await roomBetweenTwo(database.db);
    const stranger = await signUpUser();
    const own = await call(realtime, `/api/realtime?channel=room:${roomId}`, { cookie: a.cookie });
    expect(own.status).toBe(200);
    await own.body?.cancel();
    const foreign = await call(realtime, `/api/realtime?channel=room:${roomId}`, { cookie: stranger.cookie });
    expect(foreign.status).toBe(403);
    const malformed = await call(realtime, `/api/realtime?channel=room:abc`, { cookie: a.cookie });
    expect(malformed.status).toBe(400);
  });

  it("opens one room per origin however often both sides accept", async () => {
    const { aId, bId } = await roomBetweenTwo(database.db);
    const origin = { kind: "connect-match" as const, id: randomUUID() };
    const [first, second] = await Promise.all([
      createRoom({ db: database.db, userIds: [aId, bId], origin }),
      createRoom({ db: database.db, userIds: [bId, aId], origin }),
    ]);
    expect(second.id).toBe(first.id);
  });
});
