import { describe, expect, it } from "vitest";
import { currentZoneName, matchesTimezone, timezoneOptions, utcOffsetLabel, utcOffsetMinutes } from "@/lib/timezones";

const JANUARY = new Date("2026-01-15T12:00:00Z");
const JULY = new Date("2026-07-15T12:00:00Z");
const options = timezoneOptions(Intl.supportedValuesOf("timeZone"), JANUARY);
const byValue = (value: string) => options.find((o) => o.value === value);

describe("timezone options", () => {
  it("use current names (Kolkata, Kyiv, Ho Chi Minh), never the old ones", () => {
    const values = options.map((o) => o.value);
    expect(values).toEqual(expect.arrayContaining(["Asia/Kolkata", "Europe/Kyiv", "Asia/Ho_Chi_Minh", "America/Nuuk"]));
    expect(values).not.toEqual(expect.arrayContaining(["Asia/Calcutta"]));
    expect(values.filter((v) => ["Asia/Calcutta", "Europe/Kiev", "Asia/Saigon"].includes(v))).toEqual([]);
    expect(new Set(values).size).toBe(values.length);
    expect(currentZoneName("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(currentZoneName("Africa/Lagos")).toBe("Africa/Lagos");
  });

  it("show the UTC offset now, following daylight saving", () => {
    expect(byValue("Asia/Kolkata")?.label).toBe("UTC+05:30 — Asia/Kolkata");
    expect(byValue("America/New_York")?.label).toBe("UTC−05:00 — America/New York");
    expect(utcOffsetLabel(utcOffsetMinutes("America/New_York", JULY))).toBe("UTC−04:00");
    expect(utcOffsetLabel(utcOffsetMinutes("Asia/Kathmandu", JANUARY))).toBe("UTC+05:45");
    expect(utcOffsetLabel(0)).toBe("UTC");
  });

  it("run west to east", () => {
    const offsets = options.map((o) => o.offsetMinutes);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });
});

describe("searching timezones", () => {
  const search = (query: string) => options.filter((o) => matchesTimezone(o, query)).map((o) => o.value);

  it("finds a zone by city, by its former name, or by offset", () => {
    expect(search("kolkata")).toEqual(["Asia/Kolkata"]);
    expect(search("Calcutta")).toEqual(["Asia/Kolkata"]);
    expect(search("kyiv")).toEqual(["Europe/Kyiv"]);
    expect(search("new york")).toEqual(["America/New_York"]);
    expect(search("UTC+5:30")).toEqual(expect.arrayContaining(["Asia/Kolkata", "Asia/Colombo"]));
    expect(search("UTC+5:30")).not.toContain("Asia/Karachi");
    expect(search("utc+9")).toEqual(expect.arrayContaining(["Asia/Tokyo", "Asia/Seoul"]));
    expect(search("nowhere")).toEqual([]);
  });
});
