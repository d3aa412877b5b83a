import { describe, expect, it, vi } from "vitest";
import { PUT as putProfile } from "@/app/api/coach/profile/route";
import { assembleCoachContext } from "@/lib/coach/chat/context";
import { callScores, calls, personas } from "@/lib/db/schema";
import { rubricCategories, type RubricCategory } from "@/lib/practice/types";
import { chat, userIdOf } from "../../fixtures/coach-chat";
import { call } from "../../fixtures/http";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();

async function scoredCalls(userId: string, scores: number[]) {
  const [persona] = await database.db.select({ id: personas.id }).from(personas).limit(1);
  for (const [i, overall] of scores.entries()) {
    const endedAt = new Date(Date.UTC(2026, 10, i + 1, 10));
    const [row] = await database.db
      .insert(calls)
      .values({ userId, personaId: persona!.id, mode: "cold_call", status: "completed", scoreStatus: "ready", startedAt: endedAt, endedAt })
      .returning({ id: calls.id });
    const categories = Object.fromEntries(rubricCategories.map((c) => [c, { score: c === "closing" ? 30 : 70, reasons: ["fixture"] }])) as Record<RubricCategory, { score: number; reasons: string[] }>;
    await database.db.insert(callScores).values({ callId: row!.id, overallScore: overall, categories, strengths: [], improvements: [], keyMoments: [], scorer: "offline-rubric" });
  }
}

const share = (user: TestUser, on: boolean) => call(putProfile, "/api/coach/profile", { method: "PUT", cookie: user.cookie, json: { sharePracticeStats: on } });

describe("the coach and Practice results", () => {
  it("leaves Practice out until the user shares it, then gives the last five scores and the weakest category", async () => {
    const user = await signUpUser();
    const userId = await userIdOf(user);
    await scoredCalls(userId, [50, 55, 60, 65, 70, 75]);
    const context = () => assembleCoachContext({ db: database.db, userId, message: "", sessionType: "check_in" });

    expect((await context()).practice).toBeNull();
    const res = await share(user, true);
    expect(res.status).toBe(200);
    expect((await res.json()).sharePracticeStats).toBe(true);
    const shared = (await context()).practice;
    expect(shared?.lastScores.map((s) => s.score)).toEqual([75, 70, 65, 60, 55]);
    expect(shared?.weakest).toEqual({ category: "closing", average: 30 });

    expect((await share(user, false)).status).toBe(200);
    expect((await context()).practice).toBeNull();
  });

  it("lets the offline coach say what Practice shows when the user talks about selling", async () => {
    const user = await signUpUser();
    await scoredCalls(await userIdOf(user), [62]);
    await share(user, true);
    const reply = await chat(user, { message: "My cold calls keep dying when I try closing the deal. What should I work on?" });
    expect(reply.text).toContain("From your Practice calls: your last score was 62, and closing is your weakest area lately (average 30).");
  });

  it("refuses a non-boolean setting", async () => {
    const user = await signUpUser();
    const res = await call(putProfile, "/api/coach/profile", { method: "PUT", cookie: user.cookie, json: { sharePracticeStats: "yes" } });
    expect(res.status).toBe(400);
  });
});
