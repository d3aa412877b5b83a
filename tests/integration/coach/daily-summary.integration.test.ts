import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runDailySummaries } from "@/lib/coach/summaries/daily-summary";
import { coachActionItems, coachDailySummaries } from "@/lib/db/schema";
import { mockChatCompletions } from "../../fixtures/ai/chat-completions";
import { configureProviders } from "../../fixtures/ai/env";
import { expectChatRequest, readLlmCalls } from "../../fixtures/ai/harness";
import { replyJson } from "../../fixtures/ai/replies";
import { insertCoachUser, insertConversation } from "../../fixtures/coach-summaries";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

const test = useTestDatabase();

async function dailiesOf(userId: string) {
  return test.db.select().from(coachDailySummaries).where(eq(coachDailySummaries.userId, userId)).orderBy(asc(coachDailySummaries.day));
}

describe("daily summaries: local days", () => {
  // 2026-06-10 23:30 and 2026-06-11 00:30 local, in a zone ahead of UTC (NZST, +12) and one behind (PDT, -7).
  const zones = [
    { timezone: "Pacific/Auckland", late: "2026-06-10T11:30:00Z", early: "2026-06-10T12:30:00Z" },
    { timezone: "America/Los_Angeles", late: "2026-06-11T06:30:00Z", early: "2026-06-11T07:30:00Z" },
  ];

  it.each(zones)("puts 23:30 and 00:30 in $timezone on their own local days", async ({ timezone, late, early }) => {
    const userId = await insertCoachUser(test.db, { timezone });
    await insertConversation(test.db, userId, [
      { at: late, content: "Late night review of the pricing page before the launch." },
      { at: early, content: "Early morning plan for hiring a support engineer." },
    ]);
    const now = new Date("2026-06-20T00:00:00Z");
    await runDailySummaries({ db: test.db, now, date: "2026-06-10" });
    await runDailySummaries({ db: test.db, now, date: "2026-06-11" });

    const [first, second] = await dailiesOf(userId);
    expect(first).toMatchObject({ day: "2026-06-10", conversationCount: 1, engine: "offline/extractive-summary" });
    expect(first?.summary).toContain("pricing page");
    expect(first?.summary).not.toContain("hiring");
    expect(second).toMatchObject({ day: "2026-06-11", conversationCount: 1 });
    expect(second?.summary).toContain("hiring a support engineer");
    expect(second?.summary).not.toContain("pricing");
  });

  it("summarises a user's day right after their own midnight, and the day in progress only once it ends", async () => {
    const userId = await insertCoachUser(test.db, { timezone: "Pacific/Auckland" });
    await insertConversation(test.db, userId, [
      { at: "2026-06-24T11:30:00Z", content: "We shipped the onboarding redesign today." },
      { at: "2026-06-24T12:30:00Z", content: "Now planning the quarterly board meeting." },
    ]);
    // 00:45 on 25 June in Auckland (12:45 UTC on the 24th): the 24th has ended there, the 25th has not.
    const justAfterMidnight = new Date("2026-06-24T12:45:00Z");
    expect(await runDailySummaries({ db: test.db, now: justAfterMidnight })).toEqual({ users: 1, summarised: 1, skipped: 0, failed: 0 });
    expect((await dailiesOf(userId)).map((d) => d.day)).toEqual(["2026-06-24"]);

    expect(await runDailySummaries({ db: test.db, now: justAfterMidnight })).toEqual({ users: 1, summarised: 0, skipped: 1, failed: 0 });

    const nextNight = new Date("2026-06-25T12:45:00Z");
    expect(await runDailySummaries({ db: test.db, now: nextNight })).toMatchObject({ summarised: 1 });
    const days = await dailiesOf(userId);
    expect(days.map((d) => d.day)).toEqual(["2026-06-24", "2026-06-25"]);
    expect(days[1]?.summary).toContain("board meeting");
  });

  it("rewrites a backfilled day still in progress once it has ended with more messages", async () => {
    const userId = await insertCoachUser(test.db, { timezone: "UTC" });
    await insertConversation(test.db, userId, [{ at: "2026-07-01T09:00:00Z", content: "Morning focus is the partner contract." }]);
    const midday = new Date("2026-07-01T12:00:00Z");
    await runDailySummaries({ db: test.db, now: midday, date: "2026-07-01" });
    expect(await runDailySummaries({ db: test.db, now: midday, date: "2026-07-01" })).toMatchObject({ summarised: 0, skipped: 1 });
    await insertConversation(test.db, userId, [{ at: "2026-07-01T18:00:00Z", content: "Evening call with the investor about the bridge round." }]);

    await runDailySummaries({ db: test.db, now: new Date("2026-07-02T00:10:00Z") });
    const [day] = await dailiesOf(userId);
    expect(day?.conversationCount).toBe(2);
    expect(day?.summary).toContain("bridge round");
  });
});

describe("daily summaries: idempotency with a model", () => {
  it("asks the model once, and a second run changes nothing", async () => {
    configureProviders({ groq: true });
    const requests = mockChatCompletions(network, {
      vendor: "groq",
      replies: [replyJson({ summary: "You prepared the London pitch and felt confident.", keyTopics: ["London pitch"], sentiment: 0.6 })],
    });
    const userId = await insertCoachUser(test.db, { timezone: "Europe/London" });
    const conversationId = await insertConversation(test.db, userId, [
      { at: "2026-05-04T09:00:00Z", content: "Rehearsing the London pitch for Thursday." },
      { at: "2026-05-04T09:00:05Z", content: "What would make Thursday a success?", role: "assistant" },
    ]);
    await test.db.insert(coachActionItems).values([
      { userId, conversationId, text: "Email the deck to Priya", status: "pending", createdAt: new Date("2026-05-04T09:01:00Z") },
      { userId, conversationId, text: "A dismissed idea", status: "dismissed", createdAt: new Date("2026-05-04T09:02:00Z") },
    ]);
    const now = new Date("2026-05-05T01:00:00Z");

    expect(await runDailySummaries({ db: test.db, now })).toEqual({ users: 1, summarised: 1, skipped: 0, failed: 0 });
    const before = await dailiesOf(userId);
    expect(await runDailySummaries({ db: test.db, now })).toEqual({ users: 1, summarised: 0, skipped: 1, failed: 0 });
    expect(await dailiesOf(userId)).toEqual(before);

    expect(requests).toHaveLength(1);
    expectChatRequest(requests[0], "groq");
    const prompt = JSON.stringify(requests[0]?.body.messages);
    expect(prompt).toContain("2026-05-04");
    expect(prompt).toContain("[10:00] User: Rehearsing the London pitch for Thursday.");
    expect(prompt).toContain("Coach: What would make Thursday a success?");
    expect(prompt).toContain("Email the deck to Priya");
    expect(prompt).not.toContain("A dismissed idea");
    expect(before).toEqual([
      expect.objectContaining({
        day: "2026-05-04",
        summary: "You prepared the London pitch and felt confident.",
        keyTopics: ["London pitch"],
        sentiment: 0.6,
        actionItems: [{ text: "Email the deck to Priya", status: "pending" }],
        conversationCount: 1,
        engine: "groq/openai/gpt-oss-120b",
      }),
    ]);
    expect((await readLlmCalls(test.db, userId)).map((c) => c.task)).toEqual(["summary"]);
  });
});

describe("daily summaries: many users", () => {
  it("processes users in pages, and one user's failure does not stop the others", async () => {
    const count = 430;
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(await insertCoachUser(test.db, { timezone: i === 17 ? "Mars/Olympus_Mons" : "Asia/Tokyo" }));
    await Promise.all(ids.map((id, i) => insertConversation(test.db, id, [{ at: "2026-08-03T03:00:00Z", content: `Batch user ${i} reviewed the sales pipeline.` }])));

    const result = await runDailySummaries({ db: test.db, now: new Date("2026-08-03T16:00:00Z") });
    expect(result).toEqual({ users: count, summarised: count - 1, skipped: 0, failed: 1 });
    const rows = await test.db.select({ userId: coachDailySummaries.userId, summary: coachDailySummaries.summary }).from(coachDailySummaries).where(eq(coachDailySummaries.day, "2026-08-03"));
    expect(rows).toHaveLength(count - 1);
    expect(rows.find((r) => r.userId === ids[17])).toBeUndefined();
    expect(rows.find((r) => r.userId === ids[429])?.summary).toBe("Batch user 429 reviewed the sales pipeline.");
  }, 90_000);
});
