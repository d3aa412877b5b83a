import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as endRoute } from "@/app/api/rooms/[id]/end/route";
import { POST as heartbeatRoute } from "@/app/api/rooms/[id]/heartbeat/route";
import { roomParticipants } from "@/lib/db/schema";
import { closeLapsedRooms } from "@/lib/media/close-lapsed-rooms";
import { getRoomForUser } from "@/lib/media/get-room";
import { heartbeatRoom } from "@/lib/media/heartbeat";
import { runCleanup } from "@/lib/jobs/cleanup";
import { errorOf } from "../../fixtures/http";
import { roomBetweenTwo, roomEvents, roomPost, storedRoom } from "../../fixtures/rooms";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

describe("room lifecycle", () => {
  it("goes initiated → active when both have joined → completed with its duration when one hangs up", async () => {
    const { a, b, aId, bId, roomId } = await roomBetweenTwo(database.db);
    const first = await roomPost(heartbeatRoute, a, roomId, "heartbeat");
    expect(first.status).toBe(200);
    expect((await first.json()).status).toBe("initiated");
    const second = await (await roomPost(heartbeatRoute, b, roomId, "heartbeat")).json();
    expect(second.status).toBe("active");
    expect(second.startedAt).not.toBeNull();
    expect((await roomEvents(database.db, roomId)).map((e) => [e.type, e.payload.userId ?? null])).toEqual([
      ["room.joined", aId],
      ["room.joined", bId],
      ["room.active", null],
    ]);

    // A reloaded page announces itself again (the other side then starts a fresh connection); a plain beat does not.
    await roomPost(heartbeatRoute, a, roomId, "heartbeat");
    await roomPost(heartbeatRoute, a, roomId, "heartbeat", { joining: true });
    expect((await roomEvents(database.db, roomId, "room.joined")).map((e) => e.payload.userId)).toEqual([aId, bId, aId]);

    const ended = await roomPost(endRoute, a, roomId, "end");
    expect(ended.status).toBe(200);
    expect(await ended.json()).toMatchObject({ status: "completed", endReason: "ended" });
    const [endedEvent] = await roomEvents(database.db, roomId, "room.ended");
    expect(endedEvent?.payload).toMatchObject({ status: "completed", endReason: "ended" });

    const again = await roomPost(endRoute, b, roomId, "end");
    expect(again.status).toBe(409);
    const afterEnd = await (await roomPost(heartbeatRoute, b, roomId, "heartbeat")).json();
    expect(afterEnd.status).toBe("completed");
    expect(await roomEvents(database.db, roomId, "room.ended")).toHaveLength(1);
  });

  it("ends the call at the silent participant's last heartbeat, 30 s on, when read or swept", async () => {
    const t0 = new Date();
    for (const readBy of ["read", "sweep"] as const) {
      const { aId, bId, roomId } = await roomBetweenTwo(database.db, t0);
      await heartbeatRoom({ db: database.db, userId: aId, roomId, now: t0 });
      await heartbeatRoom({ db: database.db, userId: bId, roomId, now: at(t0, 1_000) });
      await heartbeatRoom({ db: database.db, userId: bId, roomId, now: at(t0, 11_000) });
      for (const ms of [10_000, 20_000, 30_000, 40_000]) await heartbeatRoom({ db: database.db, userId: aId, roomId, now: at(t0, ms) });
      expect((await getRoomForUser({ db: database.db, userId: aId, roomId, now: at(t0, 40_500) })).status).toBe("active");

      const later = at(t0, 45_000);
      if (readBy === "read") expect((await getRoomForUser({ db: database.db, userId: aId, roomId, now: later })).status).toBe("completed");
      else expect((await closeLapsedRooms({ db: database.db, now: later })).closedRooms).toBe(1);
      expect(await storedRoom(database.db, roomId)).toMatchObject({
        status: "completed",
        endReason: "heartbeat-lost",
        endedAt: at(t0, 11_000),
        durationSeconds: 10,
      });
    }
    expect((await closeLapsedRooms({ db: database.db, now: at(t0, 50_000) })).closedRooms).toBe(0);
  });

  it("closes an active call when its hour runs out, and a room the other person never joined as missed", async () => {
    const t0 = new Date();
    const { aId, bId, roomId } = await roomBetweenTwo(database.db, t0);
    await heartbeatRoom({ db: database.db, userId: aId, roomId, now: at(t0, 60_000) });
    await heartbeatRoom({ db: database.db, userId: bId, roomId, now: at(t0, 60_000) });
    // Both kept beating every 10 s until just before the hour ran out.
    await database.db.update(roomParticipants).set({ lastHeartbeatAt: at(t0, 3_595_000) }).where(eq(roomParticipants.roomId, roomId));
    const unanswered = await roomBetweenTwo(database.db, t0);
    await heartbeatRoom({ db: database.db, userId: unanswered.aId, roomId: unanswered.roomId, now: t0 });

    expect((await runCleanup({ db: database.db, now: at(t0, 3_601_000) })).closedRooms).toBe(2);
    expect(await storedRoom(database.db, roomId)).toMatchObject({ status: "completed", endReason: "expired", durationSeconds: 59 * 60 });
    expect(await storedRoom(database.db, unanswered.roomId)).toMatchObject({ status: "missed", durationSeconds: 0 });
  });

  it("marks a room missed when its caller hangs up before the other joins, failed when the peers never connected", async () => {
    const missed = await roomBetweenTwo(database.db);
    await roomPost(heartbeatRoute, missed.a, missed.roomId, "heartbeat");
    expect(await (await roomPost(endRoute, missed.a, missed.roomId, "end")).json()).toMatchObject({ status: "missed" });

    const failed = await roomBetweenTwo(database.db);
    await roomPost(heartbeatRoute, failed.a, failed.roomId, "heartbeat");
    await roomPost(heartbeatRoute, failed.b, failed.roomId, "heartbeat");
    const res = await roomPost(endRoute, failed.b, failed.roomId, "end", { reason: "connection-failed" });
    expect(await res.json()).toMatchObject({ status: "failed", endReason: "connection-failed", durationSeconds: 0 });
  });

  it("refuses heartbeats and ends from people outside the room (403), and bad bodies (400)", async () => {
    const { a, roomId } = await roomBetweenTwo(database.db);
    const other = await roomBetweenTwo(database.db);
    for (const action of ["heartbeat", "end"]) {
      const res = await roomPost(action === "end" ? endRoute : heartbeatRoute, other.a, roomId, action);
      expect(res.status).toBe(403);
      expect((await errorOf(res)).code).toBe("FORBIDDEN");
    }
    const bad = await roomPost(endRoute, a, roomId, "end", { reason: "bored" });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe("VALIDATION_ERROR");
    expect(await storedRoom(database.db, roomId)).toMatchObject({ status: "initiated", endedAt: null });
    expect(await roomEvents(database.db, roomId)).toEqual([]);
  });
});
