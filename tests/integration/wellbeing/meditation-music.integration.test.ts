import { describe, expect, it } from "vitest";
import { GET as getInsights } from "@/app/api/wellbeing/insights/route";
import { PATCH as endMeditation } from "@/app/api/wellbeing/meditations/[id]/route";
import { POST as startMeditation } from "@/app/api/wellbeing/meditations/route";
import { DELETE as unsave, POST as save } from "@/app/api/wellbeing/music/saved/route";
import { GET as getMusic } from "@/app/api/wellbeing/music/route";
import { GET as getPrograms } from "@/app/api/wellbeing/programs/route";
import { call, errorOf } from "../../fixtures/http";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

useTestDatabase();

const start = (user: TestUser, json: unknown) => call(startMeditation, "/api/wellbeing/meditations", { method: "POST", json, cookie: user.cookie });
const end = (user: TestUser, id: string, json: unknown) => call(endMeditation, `/api/wellbeing/meditations/${id}`, { method: "PATCH", json, cookie: user.cookie }, { id });
const insights = async (user: TestUser) => (await call(getInsights, "/api/wellbeing/insights", { cookie: user.cookie })).json();

async function session(user: TestUser, programId: string, moodBefore: number, moodAfter: number | null, completed = true) {
  const { id } = (await (await start(user, { programId, moodBefore })).json()) as { id: string };
  const res = await end(user, id, { moodAfter, completed, durationSeconds: 180, interruptions: completed ? 0 : 2 });
  expect(res.status).toBe(200);
  return id;
}

describe("meditation", () => {
  it("ships the programme catalogue", async () => {
    const user = await signUpUser();
    const { programs } = (await (await call(getPrograms, "/api/wellbeing/programs", { cookie: user.cookie })).json()) as { programs: { id: string; minutes: number }[] };
    expect(programs.map((p) => p.id)).toEqual(expect.arrayContaining(["breathing-478-3", "box-breathing-5", "body-scan-10", "focus-20", "sleep-10"]));
  });

  it("counts sessions, keeps partial ones as not completed, and shows what works once 3 are rated", async () => {
    const user = await signUpUser();
    await session(user, "box-breathing-3", 2, 4);
    await session(user, "box-breathing-3", 3, 4);
    expect((await insights(user)).programs).toEqual([]);
    await session(user, "body-scan-5", 2, 2, false);
    const result = await insights(user);
    expect(result).toMatchObject({ sessions: 3, completed: 2, minutes: 9, currentStreak: 1 });
    expect(result.programs).toEqual([
      { programId: "box-breathing-3", sessions: 2, averageChange: 1.5, title: "Box breathing · 3 min" },
      { programId: "body-scan-5", sessions: 1, averageChange: 0, title: "Body scan · 5 min" },
    ]);
    expect(result.recent.find((r: { programId: string }) => r.programId === "body-scan-5")).toMatchObject({ completed: false, interruptions: 2 });
    expect(result.badges.find((b: { id: string }) => b.id === "first").earned).toBe(true);
  });

  it("refuses an unknown programme or a bad mood, and hides another user's session", async () => {
    const alice = await signUpUser();
    const bob = await signUpUser();
    expect((await start(alice, { programId: "levitation", moodBefore: 3 })).status).toBe(400);
    expect((await start(alice, { programId: "focus-3", moodBefore: 9 })).status).toBe(400);
    const { id } = (await (await start(alice, { programId: "focus-3", moodBefore: 3 })).json()) as { id: string };
    const res = await end(bob, id, { moodAfter: 5, completed: true, durationSeconds: 180, interruptions: 0 });
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("NOT_FOUND");
    expect((await insights(alice)).recent[0]).toMatchObject({ completed: false, moodAfter: null });
  });
});

describe("music", () => {
  it("suggests tracks for a mood and saves one", async () => {
    const user = await signUpUser();
    const body = await (await call(getMusic, "/api/wellbeing/music?mood=2", { cookie: user.cookie })).json();
    expect(body.tracks.length).toBeGreaterThanOrEqual(60);
    expect(body.suggestions.match.every((t: { moods: number[] }) => t.moods.includes(2))).toBe(true);
    const trackId = body.suggestions.lift[0].id;
    const saved = await call(save, "/api/wellbeing/music/saved", { method: "POST", json: { trackId }, cookie: user.cookie });
    expect((await saved.json()).saved).toEqual([trackId]);
    expect((await call(save, "/api/wellbeing/music/saved", { method: "POST", json: { trackId: "nope" }, cookie: user.cookie })).status).toBe(404);
    const removed = await call(unsave, "/api/wellbeing/music/saved", { method: "DELETE", json: { trackId }, cookie: user.cookie });
    expect((await removed.json()).saved).toEqual([]);
    expect((await call(getMusic, "/api/wellbeing/music?mood=7", { cookie: user.cookie })).status).toBe(400);
  });
});
