import { describe, expect, it } from "vitest";
import { GET as callDetail } from "@/app/api/calls/[id]/route";
import { GET as compareRoute } from "@/app/api/calls/compare/route";
import { callScores, calls, personas } from "@/lib/db/schema";
import { rubricCategories, type RubricCategory } from "@/lib/practice/types";
import { userIdOf } from "../../fixtures/coach-chat";
import { call } from "../../fixtures/http";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();

async function scoredCall(userId: string, personaId: string, day: number, discovery: number) {
  const endedAt = new Date(Date.UTC(2026, 11, day, 10));
  const [row] = await database.db
    .insert(calls)
    .values({ userId, personaId, mode: "discovery", status: "completed", scoreStatus: "ready", startedAt: endedAt, endedAt })
    .returning({ id: calls.id });
  const categories = Object.fromEntries(rubricCategories.map((c) => [c, { score: c === "discovery" ? discovery : 50, reasons: [`${c} on day ${day}`] }])) as Record<
    RubricCategory,
    { score: number; reasons: string[] }
  >;
  await database.db.insert(callScores).values({ callId: row!.id, overallScore: 40 + day, categories, strengths: [], improvements: [], keyMoments: [], scorer: "offline-rubric" });
  return row!.id;
}

const compare = (user: TestUser, a: string, b: string) => call(compareRoute, `/api/calls/compare?a=${a}&b=${b}`, { cookie: user.cookie });

describe("GET /api/calls/compare", () => {
  it("puts two attempts with the same buyer side by side, earlier first, and the debrief links the previous one", async () => {
    const rep = await signUpUser();
    const userId = await userIdOf(rep);
    const [dana, other] = await database.db.select().from(personas).limit(2);
    const first = await scoredCall(userId, dana!.id, 1, 40);
    await scoredCall(userId, other!.id, 2, 90);
    const second = await scoredCall(userId, dana!.id, 3, 65);

    const body = await (await compare(rep, second, first)).json();
    expect(body).toMatchObject({ persona: { id: dana!.id }, earlier: { callId: first }, later: { callId: second }, overallDelta: 2 });
    expect(body.categories.find((c: { category: string }) => c.category === "discovery")).toMatchObject({ earlier: 40, later: 65, delta: 25, laterReasons: ["discovery on day 3"] });

    const detail = await (await call(callDetail, `/api/calls/${second}`, { cookie: rep.cookie }, { id: second })).json();
    expect(detail.previousAttemptId).toBe(first);
    const firstDetail = await (await call(callDetail, `/api/calls/${first}`, { cookie: rep.cookie }, { id: first })).json();
    expect(firstDetail.previousAttemptId).toBeNull();
  });

  it("refuses different buyers, bad ids and other users' calls", async () => {
    const rep = await signUpUser();
    const stranger = await signUpUser();
    const userId = await userIdOf(rep);
    const [dana, other] = await database.db.select().from(personas).limit(2);
    const a = await scoredCall(userId, dana!.id, 1, 40);
    const b = await scoredCall(userId, other!.id, 2, 60);
    expect((await compare(rep, a, b)).status).toBe(400);
    expect((await compare(rep, a, "not-a-uuid")).status).toBe(400);
    expect((await compare(stranger, a, b)).status).toBe(404);
  });
});
