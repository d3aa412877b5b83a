import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { GET as callDetail } from "@/app/api/calls/[id]/route";
import { GET as stats } from "@/app/api/practice/stats/route";
import { callScores, calls, personas } from "@/lib/db/schema";
import { rubricCategories, type CallMode, type RubricCategory } from "@/lib/practice/types";
import { userIdOf } from "../../fixtures/coach-chat";
import { call } from "../../fixtures/http";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();

/** A completed, deep-scored call ending `day` days into December; every category `others` but one. */
async function scoredCall(
  userId: string,
  { mode, day, overall, weak = "closing", weakScore = overall, others = overall }: { mode: CallMode; day: number; overall: number; weak?: RubricCategory; weakScore?: number; others?: number },
) {
  const [persona] = await database.db.select({ id: personas.id }).from(personas).limit(1);
  const endedAt = new Date(Date.UTC(2026, 11, day, 10));
  const [row] = await database.db
    .insert(calls)
    .values({ userId, personaId: persona!.id, mode, status: "completed", scoreStatus: "ready", startedAt: endedAt, endedAt })
    .returning({ id: calls.id });
  const categories = Object.fromEntries(rubricCategories.map((c) => [c, { score: c === weak ? weakScore : others, reasons: ["fixture"] }])) as Record<
    RubricCategory,
    { score: number; reasons: string[] }
  >;
  await database.db
    .insert(callScores)
    .values({ callId: row!.id, overallScore: overall, categories, strengths: ["a"], improvements: ["b"], keyMoments: [], scorer: "offline-rubric" });
  return row!.id;
}

const detail = async (user: TestUser, id: string) => (await call(callDetail, `/api/calls/${id}`, { cookie: user.cookie }, { id })).json();

describe("a scored call's progress", () => {
  it("gives the band, the pass mark verdict and the change since the last call in the same mode", async () => {
    const rep = await signUpUser();
    const userId = await userIdOf(rep);
    const first = await scoredCall(userId, { mode: "cold_call", day: 1, overall: 58 });
    await scoredCall(userId, { mode: "discovery", day: 2, overall: 90 });
    const second = await scoredCall(userId, { mode: "cold_call", day: 3, overall: 77 });

    expect((await detail(rep, first)).progress).toEqual({ score: 58, band: "solid", passMark: 70, passed: false, previous: null, delta: null });
    expect((await detail(rep, second)).progress).toMatchObject({
      score: 77,
      band: "strong",
      passed: true,
      previous: { callId: first, score: 58 },
      delta: 19,
    });
  });

  it("takes the pass mark of the mode from the environment", async () => {
    vi.stubEnv("PRACTICE_PASS_MARK", "60");
    vi.stubEnv("PRACTICE_PASS_MARK_DISCOVERY", "80");
    const rep = await signUpUser();
    const userId = await userIdOf(rep);
    const coldCall = await scoredCall(userId, { mode: "cold_call", day: 1, overall: 65 });
    const discovery = await scoredCall(userId, { mode: "discovery", day: 2, overall: 65 });
    expect((await detail(rep, coldCall)).progress).toMatchObject({ passMark: 60, passed: true });
    expect((await detail(rep, discovery)).progress).toMatchObject({ passMark: 80, passed: false });
  });
});

describe("practise this next", () => {
  it("aims at the weakest category of the last five calls with a persona chosen for it", async () => {
    const rep = await signUpUser();
    const userId = await userIdOf(rep);
    for (const day of [1, 2, 3]) await scoredCall(userId, { mode: "discovery", day, overall: 60, weak: "objectionHandling", weakScore: 35, others: 70 });

    const body = await (await call(stats, "/api/practice/stats", { cookie: rep.cookie })).json();
    expect(body.practiseNext).toMatchObject({ category: "objectionHandling", average: 35, mode: "objection_gauntlet", difficulty: "easy" });
    expect(["skeptical", "hostile"]).toContain(body.practiseNext.persona.personality);
    expect(body.practiseNext.persona).not.toHaveProperty("hiddenPains");
    const [persona] = await database.db.select().from(personas).where(eq(personas.id, body.practiseNext.persona.id));
    expect(persona?.ownerId).toBeNull();
  });

  it("suggests nothing before the first scored call, and nothing from another user's calls", async () => {
    const rep = await signUpUser();
    await scoredCall(await userIdOf(rep), { mode: "discovery", day: 1, overall: 60 });
    const stranger = await signUpUser();
    const body = await (await call(stats, "/api/practice/stats", { cookie: stranger.cookie })).json();
    expect(body.practiseNext).toBeNull();
  });
});

describe("a stranger", () => {
  it("gets 404 for the call, so its progress never shows", async () => {
    const rep = await signUpUser();
    const id = await scoredCall(await userIdOf(rep), { mode: "cold_call", day: 1, overall: 58 });
    const stranger = await signUpUser();
    expect((await call(callDetail, `/api/calls/${id}`, { cookie: stranger.cookie }, { id })).status).toBe(404);
  });
});
