import { describe, expect, it } from "vitest";
import { nextDigestAt, quietHoursEnd } from "./quiet-hours";

const night = { start: "22:00", end: "07:00" };
const at = (iso: string) => new Date(iso);

describe("quietHoursEnd", () => {
  it.each([
    ["before the window", "2026-06-10T19:59:00Z", "Europe/Paris", null],
    ["at its start", "2026-06-10T20:00:00Z", "Europe/Paris", "2026-06-11T05:00:00.000Z"],
    ["after midnight", "2026-06-11T03:30:00Z", "Europe/Paris", "2026-06-11T05:00:00.000Z"],
    ["at its end", "2026-06-11T05:00:00Z", "Europe/Paris", null],
    ["in the user's zone, not the server's", "2026-06-10T13:00:00Z", "Asia/Tokyo", "2026-06-10T22:00:00.000Z"],
    ["west of UTC", "2026-06-11T04:00:00Z", "America/New_York", "2026-06-11T11:00:00.000Z"],
  ])("%s", (_, now, timeZone, expected) => {
    expect(quietHoursEnd({ now: at(now), timeZone, quietHours: night })?.toISOString() ?? null).toBe(expected);
  });

  it("ends at 07:00 local across the spring-forward night (one hour shorter)", () => {
    // Europe/Paris moves from +01:00 to +02:00 at 02:00 on 29 March 2026.
    expect(quietHoursEnd({ now: at("2026-03-28T22:00:00Z"), timeZone: "Europe/Paris", quietHours: night })?.toISOString()).toBe(
      "2026-03-29T05:00:00.000Z",
    );
  });

  it("ends at 07:00 local across the fall-back night (one hour longer)", () => {
    // Europe/Paris moves from +02:00 to +01:00 at 03:00 on 25 October 2026.
    expect(quietHoursEnd({ now: at("2026-10-24T21:00:00Z"), timeZone: "Europe/Paris", quietHours: night })?.toISOString()).toBe(
      "2026-10-25T06:00:00.000Z",
    );
  });

  it("handles a window inside one day, and none at all", () => {
    const lunch = { start: "12:00", end: "13:30" };
    expect(quietHoursEnd({ now: at("2026-06-10T12:15:00Z"), timeZone: "UTC", quietHours: lunch })?.toISOString()).toBe("2026-06-10T13:30:00.000Z");
    expect(quietHoursEnd({ now: at("2026-06-10T14:00:00Z"), timeZone: "UTC", quietHours: lunch })).toBeNull();
    expect(quietHoursEnd({ now: at("2026-06-10T23:00:00Z"), timeZone: "UTC", quietHours: null })).toBeNull();
    expect(quietHoursEnd({ now: at("2026-06-10T23:00:00Z"), timeZone: "UTC", quietHours: { start: "09:00", end: "09:00" } })).toBeNull();
  });
});

describe("nextDigestAt", () => {
  it("is 08:00 today in the user's zone, or tomorrow once it has passed", () => {
    expect(nextDigestAt({ now: at("2026-06-10T04:00:00Z"), timeZone: "Europe/Paris" }).toISOString()).toBe("2026-06-10T06:00:00.000Z");
    expect(nextDigestAt({ now: at("2026-06-10T06:00:00Z"), timeZone: "Europe/Paris" }).toISOString()).toBe("2026-06-11T06:00:00.000Z");
    expect(nextDigestAt({ now: at("2026-06-10T23:30:00Z"), timeZone: "America/Los_Angeles" }).toISOString()).toBe("2026-06-11T15:00:00.000Z");
  });
});
