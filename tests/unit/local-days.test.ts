import { describe, expect, it } from "vitest";
import { addDays, localDayOf, localRange, weekStartOf } from "@/lib/local-days";

describe("summary dates", () => {
  it("finds the Monday of any day's week, across month and year ends", () => {
    expect(weekStartOf("2026-11-23")).toBe("2026-11-23");
    expect(weekStartOf("2026-11-29")).toBe("2026-11-23");
    expect(weekStartOf("2027-01-01")).toBe("2026-12-28");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("places an instant on the user's local day", () => {
    const instant = new Date("2026-11-23T11:30:00Z");
    expect(localDayOf(instant, "Pacific/Auckland")).toBe("2026-11-24");
    expect(localDayOf(instant, "America/Los_Angeles")).toBe("2026-11-23");
    expect(() => localDayOf(instant, "Not/A_Zone")).toThrow(RangeError);
  });

  it("gives local-midnight ranges, a 23-hour day when clocks go forward", () => {
    expect(localRange("2026-11-24", "Pacific/Auckland")).toEqual({
      start: new Date("2026-11-23T11:00:00Z"),
      end: new Date("2026-11-24T11:00:00Z"),
    });
    const springForward = localRange("2026-03-08", "America/Los_Angeles");
    expect(springForward.end.getTime() - springForward.start.getTime()).toBe(23 * 60 * 60_000);
    const week = localRange("2026-11-23", "Asia/Tokyo", 7);
    expect(week).toEqual({ start: new Date("2026-11-22T15:00:00Z"), end: new Date("2026-11-29T15:00:00Z") });
  });
});
