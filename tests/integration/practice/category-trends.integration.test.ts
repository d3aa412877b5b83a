import { describe, expect, it } from "vitest";
import { GET as stats } from "@/app/api/practice/stats/route";
import { callScores, calls, personas } from "@/lib/db/schema";
import { rubricCategories, type RubricCategory } from "@/lib/practice/types";
import { userIdOf } from "../../fixtures/coach-chat";
import { call } from "../../fixtures/http";
import { signUpUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();

/** A completed call ending `day` days into December, deep-scored `discovery` with the others at 50. */
async function scoredCall(userId: string, personaId: string, day: number, discovery: number) {
  const endedAt = new Date(Date.UTC(2026, 11, day, 10));
  const [row] = await database.db
    .insert(calls)
    .values({ userId, personaId, mode: "discovery", status: "completed", scoreStatus: "ready", startedAt: endedAt, endedAt })
    .returning({ id: calls.id });
  const categories = Object.fromEntries(
    rubricCategories.map((c) => [c, { score: c === "discovery" ? discovery : 50, reasons: ["fixture"] }]),
  ) as Record<RubricCategory, { score: number; reasons: string[] }>;
  await database.db
    .insert(callScores)
    .values({ callId: row!.id, overallScore: 50, categories, strengths: [], improvements: [], keyMoments: [], scorer: "offline-rubric" });
}

describe("GET /api/practice/stats category trends", () => {
  it("averages each category over the last five calls, compares with the five before, and keeps the best", async () => {
    const rep = await signUpUser();
    const other = await signUpUser();
    const repId = await userIdOf(rep);
    const [persona] = await database.db.select({ id: personas.id }).from(personas).limit(1);
    // Oldest first; the 90 falls outside the ten most recent calls.
    const discovery = [90, 40, 42, 44, 46, 48, 60, 62, 64, 66, 68];
    for (const [i, score] of discovery.entries()) await scoredCall(repId, persona!.id, i + 1, score);

    const body = await (await call(stats, "/api/practice/stats", { cookie: rep.cookie })).json();
    const byCategory = Object.fromEntries(body.categoryTrends.map((t: { category: string }) => [t.category, t]));
    expect(byCategory.discovery).toEqual({ category: "discovery", recent: 64, previous: 44, best: 68, points: [40, 42, 44, 46, 48, 60, 62, 64, 66, 68] });
    expect(byCategory.closing).toMatchObject({ recent: 50, previous: 50, best: 50 });

    const stranger = await (await call(stats, "/api/practice/stats", { cookie: other.cookie })).json();
    for (const trend of stranger.categoryTrends) expect(trend).toMatchObject({ recent: null, previous: null, best: null, points: [] });
  });
});
