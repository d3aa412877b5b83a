import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as report } from "@/app/api/connect/reports/route";
import { GET as queue } from "@/app/api/moderation/reports/route";
import { POST as resolve } from "@/app/api/moderation/reports/[id]/route";
import { notifications, users } from "@/lib/db/schema";
import { setUserRole } from "@/lib/safety/roles";
import { afterQueue } from "../../fixtures/after";
import { connectPerson, runQueuedWork, uploadClip } from "../../fixtures/connect";
import { call, errorOf } from "../../fixtures/http";
import { useTestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
afterEach(() => {
  afterQueue.length = 0;
});

describe("reports and the moderator queue", { timeout: 60_000 }, () => {
  it("queues a report with the transcript and history; suspending blocks recording and tells the reporter", async () => {
    const reporter = await connectPerson(database.db);
    const reported = await connectPerson(database.db, { displayName: "Rude Person" });
    const moderator = await connectPerson(database.db);
    await uploadClip(reported, { transcript: "I am angry at everyone" });
    await runQueuedWork();
    const file = (reason: string, note?: string) =>
      call(report, "/api/connect/reports", { method: "POST", cookie: reporter.cookie, json: { userId: reported.id, reason, note } });
    expect((await file("harassment", "shouted")).status).toBe(201);
    expect((await file("spam")).status).toBe(201);
    const bad = await file("not-a-reason");
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe("VALIDATION_ERROR");

    expect((await call(queue, "/api/moderation/reports", { cookie: reporter.cookie })).status).toBe(403);
    expect(await setUserRole({ db: database.db, email: moderator.email.toUpperCase(), role: "moderator" })).toBe(1);
    const { reports } = await (await call(queue, "/api/moderation/reports", { cookie: moderator.cookie })).json();
    expect(reports).toHaveLength(2);
    expect(reports[0]).toMatchObject({ reason: "harassment", note: "shouted", transcript: "I am angry at everyone", reported: { displayName: "Rude Person" } });
    expect(reports[0].history).toHaveLength(1);

    const done = await call(resolve, `/api/moderation/reports/${reports[0].id}`, { method: "POST", cookie: moderator.cookie, json: { action: "suspend", days: 3 } }, { id: reports[0].id });
    expect(done.status).toBe(200);
    expect((await done.json()).status).toBe("suspended");
    const twice = await call(resolve, `/api/moderation/reports/${reports[0].id}`, { method: "POST", cookie: moderator.cookie, json: { action: "ban" } }, { id: reports[0].id });
    expect(twice.status).toBe(409);

    const [row] = await database.db.select().from(users).where(eq(users.id, reported.id));
    expect(row?.suspendedUntil?.getTime()).toBeGreaterThan(Date.now() + 2 * 86_400_000);
    const blocked = await uploadClip(reported, { transcript: "hello" });
    expect(blocked.status).toBe(403);
    expect((await errorOf(blocked)).message).toContain("paused");
    const told = await database.db.select().from(notifications).where(eq(notifications.userId, reporter.id));
    expect(told.map((n) => n.kind)).toContain("safety.report-outcome");
    const warned = await database.db.select().from(notifications).where(eq(notifications.userId, reported.id));
    expect(warned.map((n) => n.kind)).toContain("safety.moderation");
  });
});
