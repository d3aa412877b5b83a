import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/cron/[job]/route";
import { coachDailySummaries, coachWeeklySummaries } from "@/lib/db/schema";
import { insertCoachUser, insertConversation } from "../../fixtures/coach-summaries";
import { call, errorOf } from "../../fixtures/http";
import { useTestDatabase } from "../../setup/database";
import { stubConfig } from "../../setup/env";

const test = useTestDatabase();
const CRON_SECRET = "cron-secret-coach-0123456789";

function runCron(path: string, authorization?: string, handler = GET) {
  const job = path.split("?")[0] as string;
  const headers = authorization ? { authorization } : undefined;
  return call(handler, `/api/cron/${path}`, { method: handler === GET ? "GET" : "POST", headers }, { job });
}

describe("summary cron routes", () => {
  beforeEach(() => {
    stubConfig({ CRON_SECRET });
  });

  it.each(["daily-summary", "weekly-summary", "daily-summary?date=2026-01-05"])("%s is 401 without the bearer secret, or with a wrong one", async (path) => {
    const userId = await insertCoachUser(test.db);
    await insertConversation(test.db, userId, [{ at: "2026-01-05T10:00:00Z", content: "Planning the spring hiring." }]);
    for (const authorization of [undefined, "Bearer wrong-secret", CRON_SECRET]) {
      const res = await runCron(path, authorization);
      expect(res.status).toBe(401);
      expect((await errorOf(res)).code).toBe("AUTH_REQUIRED");
    }
    expect(await test.db.select().from(coachDailySummaries).where(eq(coachDailySummaries.userId, userId))).toEqual([]);
  });

  it("backfills ?date for every user, then a daily ?week roll-up, each idempotent", async () => {
    const ada = await insertCoachUser(test.db, { timezone: "Europe/Berlin" });
    const ben = await insertCoachUser(test.db, { timezone: "America/New_York" });
    await insertConversation(test.db, ada, [{ at: "2026-02-10T09:00:00Z", content: "Ada mapped the product roadmap for Q2." }]);
    await insertConversation(test.db, ben, [{ at: "2026-02-10T15:00:00Z", content: "Ben prepared the customer interviews." }]);
    const bearer = `Bearer ${CRON_SECRET}`;

    const first = await runCron("daily-summary?date=2026-02-10", bearer);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ job: "daily-summary", result: { users: 2, summarised: 2, skipped: 0, failed: 0 } });
    const again = await runCron("daily-summary?date=2026-02-10", bearer, POST);
    expect((await again.json()) as unknown).toMatchObject({ result: { users: 2, summarised: 0, skipped: 2 } });
    const days = await test.db.select().from(coachDailySummaries);
    expect(days.map((d) => [d.userId, d.day]).sort()).toEqual([[ada, "2026-02-10"], [ben, "2026-02-10"]].sort());

    const weekly = await runCron("weekly-summary?week=2026-02-12", bearer);
    expect(await weekly.json()).toMatchObject({ job: "weekly-summary", result: { users: 2, summarised: 2 } });
    const weeks = await test.db.select().from(coachWeeklySummaries);
    expect(weeks.map((w) => w.weekStart)).toEqual(["2026-02-09", "2026-02-09"]);
  });

  it.each([
    ["daily-summary?date=10-02-2026", "date"],
    ["daily-summary?date=2026-02-30", "date"],
    ["weekly-summary?week=soon", "week"],
  ])("%s is 400 with the field named", async (path, field) => {
    const res = await runCron(path, `Bearer ${CRON_SECRET}`);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.details?.map((d) => d.field)).toEqual([field]);
  });
});
