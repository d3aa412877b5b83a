import { describe, expect, it } from "vitest";
import { compareActivityDays, dailyMoods, emotionDistribution, moodChangeByProgram, moodTrend, tagCorrelations } from "./trends-math";

describe("trend maths", () => {
  it("averages each day's moods and orders the days", () => {
    expect(dailyMoods([{ day: "2026-03-02", mood: 4 }, { day: "2026-03-01", mood: 2 }, { day: "2026-03-02", mood: 5 }])).toEqual([
      { day: "2026-03-01", mood: 2 },
      { day: "2026-03-02", mood: 4.5 },
    ]);
  });

  it("says how much better days tagged sleep are than days without", () => {
    const points = [
      { day: "2026-03-01", mood: 4, tags: ["sleep"] },
      { day: "2026-03-02", mood: 5, tags: ["sleep", "work"] },
      { day: "2026-03-03", mood: 3, tags: ["work"] },
      { day: "2026-03-04", mood: 3 },
      { day: "2026-03-05", mood: 4, tags: ["sleep"] },
    ];
    const byTag = Object.fromEntries(tagCorrelations(points).map((c) => [c.tag, c]));
    // sleep days 4, 5, 4 (mean 4.33) against 3, 3 (mean 3): +1.3
    expect(byTag.sleep).toEqual({ tag: "sleep", days: 3, average: 4.33, difference: 1.3 });
    // work days 5, 3 (mean 4) against 4, 3, 4 (mean 3.67): +0.3
    expect(byTag.work?.difference).toBe(0.3);
  });

  it("leaves out tags seen on too few days or on every day", () => {
    const points = [
      { day: "2026-03-01", mood: 4, tags: ["always", "once"] },
      { day: "2026-03-02", mood: 2, tags: ["always"] },
    ];
    expect(tagCorrelations(points)).toEqual([]);
  });

  it("counts emotions with their share", () => {
    expect(emotionDistribution([{ day: "d", mood: 3, emotions: ["calm", "tired"] }, { day: "e", mood: 3, emotions: ["calm"] }])).toEqual([
      { emotion: "calm", count: 2, share: 0.67 },
      { emotion: "tired", count: 1, share: 0.33 },
    ]);
  });

  it("compares mood on days with a practice call against days without", () => {
    const days = [{ day: "a", mood: 4 }, { day: "b", mood: 2 }, { day: "c", mood: 5 }];
    expect(compareActivityDays(days, new Set(["a", "c"]))).toEqual({ withActivity: 4.5, without: 2, daysWith: 2, daysWithout: 1 });
    expect(compareActivityDays(days, new Set())).toEqual({ withActivity: null, without: 3.67, daysWith: 0, daysWithout: 3 });
  });

  it("gives the mood change per programme only once three sessions are rated", () => {
    const two = [{ programId: "box", moodBefore: 2, moodAfter: 4 }, { programId: "box", moodBefore: 3, moodAfter: 3 }];
    expect(moodChangeByProgram(two)).toEqual([]);
    const sessions = [...two, { programId: "scan", moodBefore: 2, moodAfter: 5 }, { programId: "scan", moodBefore: 4, moodAfter: null }];
    expect(moodChangeByProgram(sessions)).toEqual([
      { programId: "scan", sessions: 1, averageChange: 3 },
      { programId: "box", sessions: 2, averageChange: 1 },
    ]);
  });

  it("measures the trend as mood per day", () => {
    expect(moodTrend([{ day: "2026-03-01", mood: 2 }, { day: "2026-03-02", mood: 3 }, { day: "2026-03-03", mood: 4 }])).toBe(1);
    expect(moodTrend([{ day: "2026-03-01", mood: 2 }])).toBe(0);
  });
});
