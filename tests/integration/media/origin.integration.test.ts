// The room routes that change state: a request from a page on another origin is refused (403 in the
// error shape) and changes nothing.
import { describe, expect, it } from "vitest";
import { POST as endRoute } from "@/app/api/rooms/[id]/end/route";
import { POST as heartbeatRoute } from "@/app/api/rooms/[id]/heartbeat/route";
import { POST as signalRoute } from "@/app/api/rooms/[id]/signal/route";
import { errorOf } from "../../fixtures/http";
import { roomBetweenTwo, roomEvents, roomPost, storedRoom } from "../../fixtures/rooms";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();
const FOREIGN = { origin: "https://attacker.example" };

describe("room routes refuse a foreign Origin and change nothing", () => {
  it.each([
    ["heartbeat", heartbeatRoute, {}],
    ["end", endRoute, {}],
    ["signal", signalRoute, { type: "offer", payload: { sdp: "v=0\r\n", session: "s1" } }],
  ] as const)("%s", async (action, route, body) => {
    const { a, roomId } = await roomBetweenTwo(database.db);
    const before = await storedRoom(database.db, roomId);
    const res = await roomPost(route, a, roomId, action, body, FOREIGN);
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe("FORBIDDEN");
    expect(await storedRoom(database.db, roomId)).toEqual(before);
    expect(await roomEvents(database.db, roomId)).toEqual([]);
  });
});
