import { describe, expect, it } from "vitest";
import { nextOccurrence } from "./reminders";

describe("nextOccurrence", () => {
  it("is later today when the time has not passed, else tomorrow, in the user's timezone", () => {
    const now = new Date("2026-06-10T12:00:00Z");
    expect(nextOccurrence("20:30", "Europe/London", now).toISOString()).toBe("2026-06-10T19:30:00.000Z");
    expect(nextOccurrence("07:15", "Europe/London", now).toISOString()).toBe("2026-06-11T06:15:00.000Z");
    // 12:00Z is 08:00 in New York, so 09:00 there is still to come today.
    expect(nextOccurrence("09:00", "America/New_York", now).toISOString()).toBe("2026-06-10T13:00:00.000Z");
    expect(nextOccurrence("07:00", "America/New_York", now).toISOString()).toBe("2026-06-11T11:00:00.000Z");
  });

  it("follows the clock change", () => {
    // London moves to BST on 29 March 2026: 08:00 local is 08:00Z before and 07:00Z after.
    expect(nextOccurrence("08:00", "Europe/London", new Date("2026-03-28T09:00:00Z")).toISOString()).toBe("2026-03-29T07:00:00.000Z");
  });
});
