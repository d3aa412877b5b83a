import { describe, expect, it } from "vitest";
import type { DailySummary, WeeklySummary } from "@/components/coach/summaries/api-types";
import { buildTimeline, moodLabel, moodText } from "@/components/coach/summaries/timeline";

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

describe("moodLabel", () => {
  it.each([
    [0.8, "Upbeat"],
    [0.2, "Positive"],
    [0, "Neutral"],
    [-0.3, "Strained"],
    [-0.9, "Low"],
  ])("calls %d %s", (value, label) => {
    expect(moodLabel(value)).toBe(label);
  });
});

describe("moodText", () => {
  it.each([
    [0.8, "Upbeat (5 of 5)"],
    [0.2, "Positive (4 of 5)"],
    [0, "Neutral (3 of 5)"],
    [-0.61, "Low (1 of 5)"],
    [-0.3, "Strained (2 of 5)"],
  ])("shows %d as %s, never the raw score", (value, text) => {
    expect(moodText(value)).toBe(text);
  });
});
