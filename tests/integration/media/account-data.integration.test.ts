import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as exportGet } from "@/app/api/me/export/route";
import { DELETE as deleteMe } from "@/app/api/me/route";
import { GET as getRoom } from "@/app/api/rooms/[id]/route";
import { POST as heartbeatRoute } from "@/app/api/rooms/[id]/heartbeat/route";
import { rooms } from "@/lib/db/schema";
import { call } from "../../fixtures/http";
import { roomBetweenTwo, roomPost, storedRoom } from "../../fixtures/rooms";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();

describe("calls in account export and deletion", () => {
  it("exports the calls a user was in, and only theirs", async () => {
    const { a, roomId } = await roomBetweenTwo(database.db);
    const other = await roomBetweenTwo(database.db);
    await roomPost(heartbeatRoute, a, roomId, "heartbeat");
    const data = await (await call(exportGet, "/api/me/export", { cookie: a.cookie, ip: a.ip })).json();
    expect(data.calls.map((c: { id: string }) => c.id)).toEqual([roomId]);
    expect(data.calls[0].you.joinedAt).not.toBeNull();
    expect(JSON.stringify(data)).not.toContain(other.roomId);
  });

  it("ends a deleted user's open call for the other person, and drops rooms nobody is left in", async () => {
    const { a, b, roomId } = await roomBetweenTwo(database.db);
    await roomPost(heartbeatRoute, a, roomId, "heartbeat");
    await roomPost(heartbeatRoute, b, roomId, "heartbeat");
    expect((await call(deleteMe, "/api/me", { method: "DELETE", cookie: a.cookie, json: { confirm: "DELETE" } })).status).toBe(200);

    const seen = await (await call(getRoom, `/api/rooms/${roomId}`, { cookie: b.cookie }, { id: roomId })).json();
    expect(seen).toMatchObject({ status: "completed", endReason: "ended", other: { userId: null, displayName: "A deleted account" } });
    expect(await storedRoom(database.db, roomId)).toBeDefined();

    expect((await call(deleteMe, "/api/me", { method: "DELETE", cookie: b.cookie, json: { confirm: "DELETE" } })).status).toBe(200);
    expect(await database.db.select().from(rooms).where(eq(rooms.id, roomId))).toEqual([]);
  });
});
