import { describe, expect, it } from "vitest";
import { GET as getTrends } from "@/app/api/wellbeing/trends/route";
import { wellbeingCheckins } from "@/lib/db/schema";
import { addDays } from "@/lib/local-days";
import { userIdOf } from "../../fixtures/coach-planning";
import { call, errorOf } from "../../fixtures/http";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { checkin, checkins } from "../../fixtures/wellbeing";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();

const trends = async (user: TestUser, range: string) => (await call(getTrends, `/api/wellbeing/trends?range=${range}`, { cookie: user.cookie })).json();
const today = () => new Date().toISOString().slice(0, 10);

describe("check-ins and trends", () => {
  it("records a check-in on today and lists it by day", async () => {
    const user = await signUpUser();
    const res = await checkin(user, { mood: 4, emotions: ["grateful", "tired"], note: "Slept well.", tags: ["sleep", "work"] });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ mood: 4, emotions: ["grateful", "tired"], day: today(), care: null });
    const listed = (await (await checkins(user, `?from=${today()}&to=${today()}`)).json()) as { checkins: { mood: number }[] };
    expect(listed.checkins.map((c) => c.mood)).toEqual([4]);
    expect(((await (await checkins(user, "?to=2000-01-01")).json()) as { checkins: unknown[] }).checkins).toEqual([]);
  });

  it("answers a distress note with care resources, and still stores the check-in", async () => {
    const user = await signUpUser();
    const res = await checkin(user, { mood: 1, note: "I can't cope anymore." }, "?country=US");
    const body = (await res.json()) as { id: string; care: { resources: { who: string }[] } };
    expect(res.status).toBe(201);
    expect(body.care.resources.map((r) => r.who)).toContain("the 988 Suicide & Crisis Lifeline");
  });

  it("refuses a mood outside 1–5, an unknown emotion and more than two emotions, storing nothing", async () => {
    const user = await signUpUser();
    for (const json of [{ mood: 0 }, { mood: 6 }, { mood: 3.5 }, { mood: 3, emotions: ["bored"] }, { mood: 3, emotions: ["sad", "calm", "tired"] }, {}]) {
      const res = await checkin(user, json);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe("VALIDATION_ERROR");
    }
    expect(((await (await checkins(user)).json()) as { checkins: unknown[] }).checkins).toEqual([]);
  });

  it("keeps each user's check-ins to themselves", async () => {
    const alice = await signUpUser();
    const bob = await signUpUser();
    await checkin(alice, { mood: 5 });
    expect(((await (await checkins(bob)).json()) as { checkins: unknown[] }).checkins).toEqual([]);
    expect((await trends(bob, "week")).days).toEqual([]);
  });

  it("averages mood per day and correlates tags over the range", async () => {
    const user = await signUpUser();
    const userId = await userIdOf(user);
    const day = (n: number) => addDays(today(), -n);
    await database.db.insert(wellbeingCheckins).values([
      { userId, mood: 5, tags: ["sleep"], emotions: ["happy"], day: day(1) },
      { userId, mood: 3, tags: ["sleep"], emotions: ["calm"], day: day(1) },
      { userId, mood: 4, tags: ["sleep"], emotions: ["calm"], day: day(2) },
      { userId, mood: 2, tags: ["work"], emotions: ["tired"], day: day(3) },
      { userId, mood: 3, tags: [], emotions: [], day: day(40) },
    ]);
    const week = await trends(user, "week");
    expect(week.days).toEqual([
      { day: day(3), mood: 2 },
      { day: day(2), mood: 4 },
      { day: day(1), mood: 4 },
    ]);
    expect(week.tags).toContainEqual({ tag: "sleep", days: 2, average: 4, difference: 2 });
    expect(week.emotions[0]).toEqual({ emotion: "calm", count: 2, share: 0.5 });
    expect(week.pillars.practice).toEqual({ withActivity: null, without: 3.33, daysWith: 0, daysWithout: 3 });
    expect((await trends(user, "year")).days).toHaveLength(4);
    expect((await call(getTrends, "/api/wellbeing/trends?range=decade", { cookie: user.cookie })).status).toBe(400);
  });
});
