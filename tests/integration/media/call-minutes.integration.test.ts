import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { roomParticipants, rooms, users } from "@/lib/db/schema";
import { resetConfig } from "@/lib/config";
import { getRoomForUser } from "@/lib/media/get-room";
import { heartbeatRoom } from "@/lib/media/heartbeat";
import { roomBetweenTwo, roomEvents, storedRoom } from "../../fixtures/rooms";
import { stubConfig } from "../../setup/env";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();
afterEach(() => {
  vi.unstubAllEnvs();
  resetConfig();
});
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

/** A call earlier today that used `minutes` of the user's allowance. */
async function earlierCall(userId: string, otherId: string, endedAt: Date, minutes: number) {
  const startedAt = at(endedAt, -minutes * 60_000);
  const [room] = await database.db
    .insert(rooms)
    .values({ originKind: "connect-match", originId: randomUUID(), status: "completed", createdAt: startedAt, startedAt, endedAt, expiresAt: at(startedAt, 3_600_000), durationSeconds: minutes * 60 })
    .returning();
  await database.db.insert(roomParticipants).values([userId, otherId].map((id) => ({ roomId: room!.id, userId: id })));
}

async function activeRoomAfter(minutesUsed: number, t0: Date) {
  const people = await roomBetweenTwo(database.db, t0);
  await earlierCall(people.aId, people.bId, at(t0, -60_000), minutesUsed);
  for (const userId of [people.aId, people.bId]) await heartbeatRoom({ db: database.db, userId, roomId: people.roomId, now: t0 });
  return people;
}

describe("daily call minutes", () => {
  it("are unlimited without billing", async () => {
    const t0 = new Date(new Date().setUTCHours(12, 0, 0, 0));
    const { aId, roomId } = await activeRoomAfter(29, t0);
    const room = await getRoomForUser({ db: database.db, userId: aId, roomId, now: at(t0, 20_000) });
    expect(room.callMinutes).toEqual({ limitSeconds: null, usedSeconds: 0, remainingSeconds: null });
    expect(room.status).toBe("active");
  });

  it("warn a free user a minute before they run out, once, then stop the call", async () => {
    stubConfig({ STRIPE_SECRET_KEY: "sk_test_billing_on" });
    const t0 = new Date(new Date().setUTCHours(12, 0, 0, 0));
    const { aId, bId, roomId } = await activeRoomAfter(28, t0);
    await database.db.update(users).set({ subscriptionTier: "premium" }).where(eq(users.id, bId));
    for (let s = 10; s <= 110; s += 10) {
      for (const userId of [aId, bId]) await heartbeatRoom({ db: database.db, userId, roomId, now: at(t0, s * 1000) });
    }
    const warnings = await roomEvents(database.db, roomId, "call.minutes-warning");
    expect(warnings.map((w) => w.payload)).toEqual([{ userId: aId, remainingSeconds: 60 }]);
    expect((await storedRoom(database.db, roomId)).status).toBe("active");

    const stopped = await heartbeatRoom({ db: database.db, userId: bId, roomId, now: at(t0, 120_000) });
    expect(stopped).toMatchObject({ status: "completed", endReason: "call-minutes", durationSeconds: 120 });
    expect(await roomEvents(database.db, roomId, "call.minutes-warning")).toHaveLength(1);
  });
});
