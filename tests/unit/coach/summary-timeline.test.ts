import { describe, expect, it } from "vitest";
import type { DailySummary, WeeklySummary } from "@/components/coach/summaries/api-types";
import { buildTimeline, moodScale } from "@/components/coach/summaries/timeline";

const daily = (day: string): DailySummary => ({
  id: `d-${day}`,
  day,
  summary: `Summary of ${day}.`,
  keyTopics: [],
  sentiment: 0,
  actionItems: [],
  conversationCount: 1,
  engine: "offline/extractive-summary",
  offline: true,
  createdAt: `${day}T23:59:00.000Z`,
});

const weekly = (weekStart: string): WeeklySummary => ({
  id: `w-${weekStart}`,
  weekStart,
  progressNotes: "Notes.",
  goalsProgress: [],
  keyDecisions: [],
  challenges: [],
  wins: [],
  dayCount: 1,
  engine: "offline/extractive-weekly",
  offline: true,
  createdAt: `${weekStart}T00:00:00.000Z`,
});

const shape = (weeks: ReturnType<typeof buildTimeline>) => weeks.map((w) => [w.weekStart, w.weekly?.id ?? null, w.days.map((d) => d.day)]);

describe("buildTimeline", () => {
  it("nests each day under its Monday-to-Sunday week, newest first, with the week's review", () => {
    const weeks = buildTimeline({
      dailies: { items: [daily("2026-11-22"), daily("2026-11-16"), daily("2026-11-24")], complete: true },
      weeklies: { items: [weekly("2026-11-16")], complete: true },
    });
    expect(shape(weeks)).toEqual([
      ["2026-11-23", null, ["2026-11-24"]],
      ["2026-11-16", "w-2026-11-16", ["2026-11-22", "2026-11-16"]],
    ]);
  });

  it("holds back the oldest week while more days may belong to it", () => {
    const weeks = buildTimeline({
      dailies: { items: [daily("2026-11-24"), daily("2026-11-17")], complete: false },
      weeklies: { items: [weekly("2026-11-16")], complete: true },
    });
    expect(shape(weeks)).toEqual([["2026-11-23", null, ["2026-11-24"]]]);
  });

  it("holds back weeks older than the last weekly review loaded", () => {
    const weeks = buildTimeline({
      dailies: { items: [daily("2026-11-17"), daily("2026-11-03")], complete: true },
      weeklies: { items: [weekly("2026-11-16")], complete: false },
    });
    expect(shape(weeks)).toEqual([["2026-11-16", "w-2026-11-16", ["2026-11-17"]]]);
  });
});

describe("moodScale", () => {
  it.each([
    [0.8, 5, "upbeat"],
    [0.2, 4, "positive"],
    [0, 3, "neutral"],
    [-0.3, 2, "strained"],
    [-0.61, 1, "low"],
    [-0.9, 1, "low"],
  ])("puts %d on step %d (%s)", (value, step, mood) => {
    expect(moodScale(value)).toEqual({ step, mood });
  });
});
