import { describe, expect, it } from "vitest";
import { summarizeDayOffline, summarizeWeekOffline, type WeeklySummaryContext } from "@/lib/coach/summaries/summary-engines";
import { dailySummarySchema, weeklySummarySchema } from "@/lib/coach/summaries/summary-prompts";

const day = (n: number) => `2026-06-0${n}`;

describe("summarizeDayOffline", () => {
  const context = {
    day: "2026-06-01",
    conversationCount: 2,
    actionItems: ["Send the London pitch deck"],
    userMessages: [
      "The London pitch went really well and the investors asked for the deck.",
      "I am worried about hiring a sales lead before the pitch follow-up.",
      "Hiring a sales lead is the blocker for the London expansion.",
      "ok",
    ],
  };

  it("keeps the user's own most central sentences, with topics and a mood that fits the schema", () => {
    const draft = summarizeDayOffline(context);
    expect(dailySummarySchema.safeParse(draft).success).toBe(true);
    expect(draft.summary).toContain("sales lead");
    expect(draft.summary).not.toMatch(/^ok/);
    expect(draft.keyTopics.join(" ")).toMatch(/london|sales lead|hiring/i);
    expect(draft.sentiment).toBeGreaterThanOrEqual(-1);
    expect(draft.sentiment).toBeLessThanOrEqual(1);
  });

  it("reads a hard day as negative and a good one as positive", () => {
    const bad = summarizeDayOffline({ ...context, userMessages: ["We lost the biggest client and I feel terrible and stuck."] });
    const good = summarizeDayOffline({ ...context, userMessages: ["We closed the deal and the team is thrilled and proud."] });
    expect(bad.sentiment).toBeLessThan(0);
    expect(good.sentiment).toBeGreaterThan(0);
  });

  it("says honestly how much was said when there is no sentence to extract", () => {
    const draft = summarizeDayOffline({ ...context, userMessages: ["👍"], conversationCount: 1 });
    expect(draft.summary).toBe("1 short message with the coach in 1 conversation.");
    expect(dailySummarySchema.safeParse(draft).success).toBe(true);
  });
});

describe("summarizeWeekOffline", () => {
  const context: WeeklySummaryContext = {
    weekStart: "2026-06-01",
    goals: [
      { id: "g-hire", title: "Hire a sales lead", progress: 40 },
      { id: "g-fund", title: "Close the seed round", progress: 10 },
    ],
    completedActionItems: ["Send the London pitch deck"],
    dailies: [
      { day: day(1), summary: "The London pitch was a great success. We decided to open a London office.", keyTopics: ["London", "pitch"], sentiment: 0.6, actionItems: [] },
      { day: day(2), summary: "Interviews for the sales lead were frustrating and I feel stuck.", keyTopics: ["sales lead", "London"], sentiment: -0.5, actionItems: [] },
      { day: day(3), summary: "I will interview two more sales lead candidates on Friday.", keyTopics: ["sales lead"], sentiment: 0, actionItems: ["Interview candidates"] },
    ],
  };

  it("rolls the dailies up into notes, decisions, challenges and wins that fit the schema", () => {
    const draft = summarizeWeekOffline(context);
    expect(weeklySummarySchema.safeParse(draft).success).toBe(true);
    expect(draft.progressNotes).toMatch(/^Checked in on 3 days this week\. Main topics: London, sales lead, pitch\./);
    expect(draft.keyDecisions).toEqual(["We decided to open a London office.", "I will interview two more sales lead candidates on Friday."]);
    expect(draft.challenges).toEqual(["Interviews for the sales lead were frustrating and I feel stuck."]);
    expect(draft.wins[0]).toBe("Done: Send the London pitch deck");
    expect(draft.wins).toContain("The London pitch was a great success.");
  });

  it("notes each active goal with the sentence that mentions it, or says it was not mentioned", () => {
    const { goalsProgress } = summarizeWeekOffline(context);
    expect(goalsProgress).toEqual([
      { goalId: "g-hire", note: expect.stringContaining("sales lead") },
      { goalId: "g-fund", note: "Not mentioned in this week's check-ins." },
    ]);
  });
});
