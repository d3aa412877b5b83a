import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/coach/summaries/route";
import { GET as todayGet, POST as todayRoute } from "@/app/api/coach/summaries/today/route";
import { SUMMARISE_TODAY_LIMIT, summariseToday } from "@/lib/coach/summaries/summarise-today";
import { runDailySummaries } from "@/lib/coach/summaries/daily-summary";
import { coachDailySummaries } from "@/lib/db/schema";
import { send, userIdOf } from "../../fixtures/coach-planning";
import { insertCoachUser, insertConversation } from "../../fixtures/coach-summaries";
import { errorOf } from "../../fixtures/http";
import { signUpUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

const test = useTestDatabase();

type Daily = { day: string; summary: string; engine: string; offline: boolean; conversationCount: number };

describe("summarising today so far", () => {
  it("writes today's summary in the user's own timezone, as the nightly job would, and the job later rewrites it", async () => {
    const userId = await insertCoachUser(test.db, { timezone: "Pacific/Auckland" });
    // 10:00 and 11:00 on 24 June in Auckland (UTC+12).
    await insertConversation(test.db, userId, [{ at: "2026-06-23T22:00:00Z", content: "We shipped the onboarding redesign this morning." }]);
    const now = new Date("2026-06-23T23:00:00Z");

    const today = await summariseToday({ db: test.db, userId, now });
    expect(today).toMatchObject({ day: "2026-06-24", conversationCount: 1, offline: true, engine: "offline/extractive-summary" });
    expect(today.summary).toContain("onboarding redesign");

    await insertConversation(test.db, userId, [{ at: "2026-06-24T05:00:00Z", content: "Afternoon: planning the quarterly board meeting." }]);
    await runDailySummaries({ db: test.db, now: new Date("2026-06-24T12:30:00Z") });
    const rows = await test.db.select().from(coachDailySummaries).where(eq(coachDailySummaries.userId, userId));
    expect(rows.map((r) => r.day)).toEqual(["2026-06-24"]);
    expect(rows[0]?.summary).toContain("board meeting");
  });

  it("answers 409 when there is nothing from today to summarise, and uses up no attempt", async () => {
    const userId = await insertCoachUser(test.db);
    await insertConversation(test.db, userId, [{ at: "2026-06-20T10:00:00Z", content: "An older day." }]);
    const now = new Date("2026-06-24T10:00:00Z");
    await expect(summariseToday({ db: test.db, userId, now })).rejects.toMatchObject({ code: "CONFLICT", message: /Nothing to summarise yet today/ });
    await insertConversation(test.db, userId, [{ at: "2026-06-24T09:00:00Z", content: "Today I priced the enterprise plan." }]);
    for (let i = 0; i < SUMMARISE_TODAY_LIMIT.limit; i++) await summariseToday({ db: test.db, userId, now });
  });
});

describe("POST /api/coach/summaries/today", () => {
  it("summarises the signed-in user's day, then is rate-limited with Retry-After", async () => {
    const user = await signUpUser();
    await insertConversation(test.db, await userIdOf(user), [{ at: new Date(Date.now() - 1_000), content: "Today I hired our first support engineer." }]);
    const post = () => send(todayRoute, "/api/coach/summaries/today", user, { method: "POST" });

    const first = await post();
    expect(first.status).toBe(200);
    expect(((await first.json()) as Daily).summary).toContain("support engineer");
    for (let i = 1; i < SUMMARISE_TODAY_LIMIT.limit; i++) expect((await post()).status).toBe(200);
    const limited = await post();
    expect(limited.status).toBe(429);
    expect((await errorOf(limited)).code).toBe("RATE_LIMITED");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("never summarises or shows another user's messages", async () => {
    const alice = await signUpUser();
    const bob = await signUpUser();
    await insertConversation(test.db, await userIdOf(alice), [{ at: new Date(Date.now() - 1_000), content: "Alice's secret acquisition plan." }]);
    const bobTries = await send(todayRoute, "/api/coach/summaries/today", bob, { method: "POST" });
    expect(bobTries.status).toBe(409);
    expect((await send(todayRoute, "/api/coach/summaries/today", alice, { method: "POST" })).status).toBe(200);

    const bobs = (await (await send(listRoute, "/api/coach/summaries?kind=daily", bob)).json()) as { items: Daily[] };
    expect(bobs.items).toEqual([]);
    const alices = (await (await send(listRoute, "/api/coach/summaries?kind=daily", alice)).json()) as { items: Daily[] };
    expect(alices.items.map((d) => d.summary).join(" ")).toContain("acquisition plan");
    expect((await send(todayGet, "/api/coach/summaries/today", alice)).status).toBe(405);
  });
});
