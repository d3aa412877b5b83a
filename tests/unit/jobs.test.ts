import { readFileSync } from "node:fs";
import path from "node:path";
import { Cron } from "croner";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http";
import { assertCronAuthorized, isJobName } from "@/lib/jobs/run-job";
import { jobNames, jobSchedules } from "@/lib/jobs/schedule";

const SECRET = "cron-secret-0123456789";

function refusal(headers: Record<string, string>, secret: string | undefined): AppError | null {
  try {
    assertCronAuthorized(new Headers(headers), secret);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
}

describe("assertCronAuthorized", () => {
  it("accepts exactly `Bearer <CRON_SECRET>`", () => {
    expect(refusal({ authorization: `Bearer ${SECRET}` }, SECRET)).toBeNull();
  });

  it.each([
    ["no header", {}],
    ["a wrong secret of the same length", { authorization: `Bearer ${SECRET.replace("0", "X")}` }],
    ["a longer secret", { authorization: `Bearer ${SECRET}0` }],
    ["a shorter secret", { authorization: `Bearer ${SECRET.slice(1)}` }],
    ["another scheme", { authorization: `Basic ${SECRET}` }],
    ["the bare secret", { authorization: SECRET }],
  ])("refuses %s with 401 AUTH_REQUIRED", (_, headers) => {
    const error = refusal(headers, SECRET);
    expect(error?.code).toBe("AUTH_REQUIRED");
    expect(error?.status).toBe(401);
  });

  it.each([undefined, ""])("refuses everything when the secret is %j", (secret) => {
    for (const authorization of ["Bearer ", "Bearer", "Bearer undefined", ""]) {
      expect(refusal(authorization ? { authorization } : {}, secret)?.status).toBe(401);
    }
    // Headers trims values; a raw "Bearer " that equals `Bearer ${""}` must not pass either.
    const raw = { get: () => "Bearer " } as unknown as Headers;
    expect(() => assertCronAuthorized(raw, secret)).toThrow(AppError);
  });
});

describe("job schedules", () => {
  it("match the crons vercel.json declares", () => {
    const vercel = JSON.parse(readFileSync(path.join(process.cwd(), "vercel.json"), "utf8")) as {
      crons?: { path: string; schedule: string }[];
    };
    const declared = Object.fromEntries((vercel.crons ?? []).map((c) => [c.path, c.schedule]));
    const expected = Object.fromEntries(Object.entries(jobSchedules).map(([name, schedule]) => [`/api/cron/${name}`, schedule]));
    expect(declared).toEqual(expected);
  });

  it("are valid cron expressions", () => {
    for (const name of jobNames) {
      const cron = new Cron(jobSchedules[name], { paused: true });
      expect(cron.nextRun()).toBeInstanceOf(Date);
      cron.stop();
    }
  });

  it("know their own names", () => {
    expect(jobNames).toEqual(["daily-summary", "weekly-summary", "cleanup", "daily-drop", "deliveries", "session-reminders", "rooms", "wellbeing-reminders"]);
    expect(jobNames.every(isJobName)).toBe(true);
    expect(isJobName("constructor")).toBe(false);
    expect(isJobName("../cleanup")).toBe(false);
  });
});
