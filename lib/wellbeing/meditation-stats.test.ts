import { describe, expect, it } from "vitest";
import { meditationStats, streaks } from "./meditation-stats";

describe("meditation streaks and badges", () => {
  it("counts the current streak up to today, or yesterday before today's session", () => {
    expect(streaks(["2026-03-01", "2026-03-02", "2026-03-03"], "2026-03-03")).toEqual({ current: 3, longest: 3 });
    expect(streaks(["2026-03-01", "2026-03-02"], "2026-03-03")).toEqual({ current: 2, longest: 2 });
    expect(streaks(["2026-03-01", "2026-03-02"], "2026-03-04")).toEqual({ current: 0, longest: 2 });
  });

  it("keeps the longest run across a gap, and one session a day counts once", () => {
    const days = ["2026-02-01", "2026-02-02", "2026-02-03", "2026-02-04", "2026-02-10", "2026-02-10", "2026-02-11"];
    expect(streaks(days, "2026-02-11")).toEqual({ current: 2, longest: 4 });
  });

  it("totals minutes over every session but streaks and badges over completed ones", () => {
    const stats = meditationStats(
      [
        { day: "2026-03-01", completed: true, durationSeconds: 600 },
        { day: "2026-03-02", completed: false, durationSeconds: 90 },
      ],
      "2026-03-02",
    );
    expect(stats).toMatchObject({ sessions: 2, completed: 1, minutes: 12, currentStreak: 1, longestStreak: 1 });
    expect(stats.badges.filter((b) => b.earned).map((b) => b.id)).toEqual(["first"]);
  });
});
