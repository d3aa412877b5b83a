import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/coach/summaries/route";
import { getCoachOverview } from "@/lib/coach/planning/coach-overview";
import type { SummaryPage } from "@/lib/coach/summaries/summaries-query";
import { coachActionItems, coachSessions, coachWeeklySummaries } from "@/lib/db/schema";
import { insertDaily } from "../../fixtures/coach-summaries";
import { call, errorOf } from "../../fixtures/http";
import { userByEmail } from "../../fixtures/rows";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

const test = useTestDatabase();

type DailyPage = Extract<SummaryPage, { kind: "daily" }>;

async function page<T extends SummaryPage = DailyPage>(user: TestUser, query = ""): Promise<T> {
  const res = await call(GET, `/api/coach/summaries${query}`, { cookie: user.cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

async function seed(label: string) {
  const user = await signUpUser({ name: label });
  const { id } = await userByEmail(test.db, user.email);
  for (const day of ["2026-04-01", "2026-04-02", "2026-04-03"]) {
    await insertDaily(test.db, id, { day, summary: `${label} on ${day}.`, keyTopics: [label], createdAt: `${day}T23:00:00Z` });
  }
  await test.db.insert(coachWeeklySummaries).values({ userId: id, weekStart: "2026-03-30", progressNotes: `${label}'s week.`, dayCount: 3, engine: "groq/llama-3.3-70b-versatile" });
  return { user, id };
}

describe("GET /api/coach/summaries", () => {
  it("lists only the caller's own summaries, newest first, a page at a time", async () => {
    const alice = await seed("Alice");
    const bob = await seed("Bob");

    const first = await page(bob.user, "?kind=daily&limit=2");
    expect(first.kind).toBe("daily");
    expect(first.items.map((i) => i.summary)).toEqual(["Bob on 2026-04-03.", "Bob on 2026-04-02."]);
    expect(first.items[0]).toMatchObject({ day: "2026-04-03", keyTopics: ["Bob"], offline: true, engine: "offline/extractive-summary" });
    expect(first.items[0]).not.toHaveProperty("userId");
    expect(first.nextBefore).toBe("2026-04-02");

    const second = await page(bob.user, `?kind=daily&limit=2&before=${first.nextBefore}`);
    expect(second.items.map((i) => i.summary)).toEqual(["Bob on 2026-04-01."]);
    expect(second.nextBefore).toBeNull();

    const weekly = await page<SummaryPage>(bob.user, "?kind=weekly");
    expect(weekly).toMatchObject({ kind: "weekly", nextBefore: null, items: [{ weekStart: "2026-03-30", progressNotes: "Bob's week.", offline: false }] });

    const everything = JSON.stringify([await page(bob.user), weekly]);
    expect(everything).not.toContain("Alice");
    expect(everything).not.toContain(alice.id);
    expect((await page(alice.user)).items.every((i) => i.summary.startsWith("Alice"))).toBe(true);
  });

  it("defaults to daily summaries and is empty for a new user", async () => {
    const user = await signUpUser();
    expect(await page(user)).toEqual({ kind: "daily", items: [], nextBefore: null });
  });

  it.each([
    ["?kind=monthly", "kind"],
    ["?before=yesterday", "before"],
    ["?limit=0", "limit"],
    ["?limit=101", "limit"],
  ])("is 400 for %s", async (query, field) => {
    const user = await signUpUser();
    const res = await call(GET, `/api/coach/summaries${query}`, { cookie: user.cookie });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.details?.map((d) => d.field)).toEqual([field]);
  });

  it("is 401 signed out and 405 for POST", async () => {
    expect((await call(GET, "/api/coach/summaries")).status).toBe(401);
    const user = await signUpUser();
    expect((await call(POST, "/api/coach/summaries", { method: "POST", cookie: user.cookie, json: {} })).status).toBe(405);
  });
});

describe("getCoachOverview (dashboard card)", () => {
  it("shows the user's own next session, pending action items and latest summary", async () => {
    const now = new Date("2026-05-01T12:00:00Z");
    const carol = await seed("Carol");
    const dave = await seed("Dave");
    await test.db.insert(coachSessions).values([
      { userId: carol.id, scheduledFor: new Date("2026-04-30T09:00:00Z"), durationMinutes: 30, goal: "Past session" },
      { userId: carol.id, scheduledFor: new Date("2026-05-09T09:00:00Z"), durationMinutes: 45, goal: "Later session" },
      { userId: carol.id, scheduledFor: new Date("2026-05-02T09:00:00Z"), durationMinutes: 30, goal: "Cancelled", status: "cancelled" },
      { userId: carol.id, scheduledFor: new Date("2026-05-03T09:00:00Z"), durationMinutes: 30, goal: "Pricing review" },
      { userId: dave.id, scheduledFor: new Date("2026-05-01T13:00:00Z"), durationMinutes: 30, goal: "Dave's session" },
    ]);
    await test.db.insert(coachActionItems).values([
      { userId: carol.id, text: "Pending one" },
      { userId: carol.id, text: "Pending two" },
      { userId: carol.id, text: "Done", status: "done" },
      { userId: carol.id, text: "Suggested", status: "suggested" },
      { userId: dave.id, text: "Dave's item" },
    ]);

    expect(await getCoachOverview({ db: test.db, userId: carol.id, now })).toEqual({
      nextSession: { id: expect.any(String), scheduledFor: "2026-05-03T09:00:00.000Z", durationMinutes: 30, goal: "Pricing review" },
      pendingActionItems: 2,
      latestSummary: { day: "2026-04-03", excerpt: "Carol on 2026-04-03.", offline: true },
    });
    const empty = await signUpUser();
    const { id } = await userByEmail(test.db, empty.email);
    expect(await getCoachOverview({ db: test.db, userId: id, now })).toEqual({ nextSession: null, pendingActionItems: 0, latestSummary: null });
  });
});
