import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runWeeklySummaries } from "@/lib/coach/summaries/weekly-summary";
import { coachActionItems, coachGoals, coachWeeklySummaries } from "@/lib/db/schema";
import { mockChatCompletions } from "../../fixtures/ai/chat-completions";
import { configureProviders } from "../../fixtures/ai/env";
import { expectChatRequest } from "../../fixtures/ai/harness";
import { replyJson } from "../../fixtures/ai/replies";
import { insertCoachUser, insertDaily } from "../../fixtures/coach-summaries";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

const test = useTestDatabase();

async function weekliesOf(userId: string) {
  return test.db.select().from(coachWeeklySummaries).where(eq(coachWeeklySummaries.userId, userId)).orderBy(asc(coachWeeklySummaries.weekStart));
}

// Week of Monday 2026-09-07 to Sunday 2026-09-13.
async function seedWeek(userId: string) {
  await insertDaily(test.db, userId, { day: "2026-09-07", summary: "We decided to hire a second sales lead.", keyTopics: ["sales lead"], createdAt: "2026-09-08T00:05:00Z" });
  await insertDaily(test.db, userId, { day: "2026-09-09", summary: "The pilot with Acme was a great success.", keyTopics: ["Acme pilot"], sentiment: 0.7, createdAt: "2026-09-10T00:05:00Z" });
  await insertDaily(test.db, userId, { day: "2026-09-13", summary: "Cash flow is tight and I am worried about payroll.", keyTopics: ["cash flow"], sentiment: -0.6, createdAt: "2026-09-14T00:05:00Z" });
  // Next week's Monday, already summarised: not part of the roll-up.
  await insertDaily(test.db, userId, { day: "2026-09-14", summary: "Started the week planning the board deck.", createdAt: "2026-09-15T00:05:00Z" });
}

describe("weekly summaries", () => {
  it("rolls up the last finished local week once, and again only when a daily changed", async () => {
    const userId = await insertCoachUser(test.db, { timezone: "Asia/Tokyo" });
    await seedWeek(userId);
    const [goal] = await test.db.insert(coachGoals).values({ userId, title: "Hire a sales lead", progress: 30 }).returning();
    await test.db.insert(coachGoals).values({ userId, title: "Old paused goal", status: "paused" });
    await test.db.insert(coachActionItems).values({ userId, text: "Sign the Acme order", status: "done", completedAt: new Date("2026-09-11T03:00:00Z") });

    // Monday 15 Sept 00:30 UTC is 09:30 in Tokyo: the week of the 7th has ended there.
    const monday = new Date("2026-09-15T00:30:00Z");
    expect(await runWeeklySummaries({ db: test.db, now: monday })).toEqual({ users: 1, summarised: 1, skipped: 0, failed: 0 });
    const [week] = await weekliesOf(userId);
    expect(week).toMatchObject({
      weekStart: "2026-09-07",
      dayCount: 3,
      engine: "offline/extractive-weekly",
      keyDecisions: ["We decided to hire a second sales lead."],
      challenges: ["Cash flow is tight and I am worried about payroll."],
      wins: ["Done: Sign the Acme order", "The pilot with Acme was a great success."],
      goalsProgress: [{ goalId: goal?.id, title: "Hire a sales lead", progress: 30, note: "We decided to hire a second sales lead." }],
    });
    expect(week?.progressNotes).toMatch(/^Checked in on 3 days this week\./);
    expect(week?.progressNotes).not.toContain("board deck");

    expect(await runWeeklySummaries({ db: test.db, now: monday })).toEqual({ users: 1, summarised: 0, skipped: 1, failed: 0 });
    expect(await weekliesOf(userId)).toEqual([week]);

    await insertDaily(test.db, userId, { day: "2026-09-11", summary: "Backfilled Friday on the partner launch.", createdAt: "2026-09-15T02:00:00Z" });
    const later = new Date("2026-09-15T03:30:00Z");
    expect(await runWeeklySummaries({ db: test.db, now: later })).toMatchObject({ summarised: 1 });
    expect((await weekliesOf(userId))[0]?.dayCount).toBe(4);
  });

  it("waits for the week to end in the user's own timezone", async () => {
    const userId = await insertCoachUser(test.db, { timezone: "America/Los_Angeles" });
    await insertDaily(test.db, userId, { day: "2026-10-04", summary: "Sunday planning for the offsite.", createdAt: "2026-10-05T07:05:00Z" });
    // Monday 06:30 UTC is still Sunday 23:30 in Los Angeles.
    await runWeeklySummaries({ db: test.db, now: new Date("2026-10-05T06:30:00Z") });
    expect(await weekliesOf(userId)).toEqual([]);
    await runWeeklySummaries({ db: test.db, now: new Date("2026-10-05T08:30:00Z") });
    expect((await weekliesOf(userId)).map((w) => w.weekStart)).toEqual(["2026-09-28"]);
  });

  it("backfills the week containing ?week for everyone, beyond the lookback", async () => {
    const userId = await insertCoachUser(test.db, { timezone: "UTC" });
    await insertDaily(test.db, userId, { day: "2026-02-04", summary: "Budget review for the spring campaign.", createdAt: "2026-02-05T00:05:00Z" });
    await runWeeklySummaries({ db: test.db, now: new Date("2026-11-23T00:30:00Z") });
    expect(await weekliesOf(userId)).toEqual([]);
    await runWeeklySummaries({ db: test.db, now: new Date("2026-11-23T00:30:00Z"), week: "2026-02-06" });
    expect((await weekliesOf(userId)).map((w) => w.weekStart)).toEqual(["2026-02-02"]);
  });

  it("sends the dailies and goals to the model and keeps only the user's own goals from its answer", async () => {
    configureProviders({ groq: true });
    const userId = await insertCoachUser(test.db, { timezone: "UTC" });
    const [goal] = await test.db.insert(coachGoals).values({ userId, title: "Raise a seed round", progress: 20 }).returning();
    await insertDaily(test.db, userId, { day: "2026-03-03", summary: "Met two angels about the seed round.", createdAt: "2026-03-04T00:05:00Z" });
    const requests = mockChatCompletions(network, {
      vendor: "groq",
      replies: [
        replyJson({
          progressNotes: "You opened the seed round conversations.",
          goalsProgress: [
            { goalId: goal?.id, note: "Two angel meetings." },
            { goalId: "someone-elses-goal", note: "Invented." },
          ],
          keyDecisions: [],
          challenges: [],
          wins: ["Two angel meetings booked."],
        }),
      ],
    });
    await runWeeklySummaries({ db: test.db, now: new Date("2026-11-23T00:30:00Z"), week: "2026-03-02" });

    expect(requests).toHaveLength(1);
    expectChatRequest(requests[0], "groq");
    const prompt = JSON.stringify(requests[0]?.body.messages);
    expect(prompt).toContain("Met two angels about the seed round.");
    expect(prompt).toContain(`${goal?.id}: Raise a seed round (20% done)`);
    expect(await weekliesOf(userId)).toEqual([
      expect.objectContaining({
        weekStart: "2026-03-02",
        progressNotes: "You opened the seed round conversations.",
        goalsProgress: [{ goalId: goal?.id, title: "Raise a seed round", progress: 20, note: "Two angel meetings." }],
        wins: ["Two angel meetings booked."],
        dayCount: 1,
        engine: "groq/openai/gpt-oss-120b",
      }),
    ]);
  });
});
