import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { POST as disputeRoute } from "@/app/api/calls/[id]/dispute/route";
import { GET as callDetail } from "@/app/api/calls/[id]/route";
import { resetProviderStatus } from "@/lib/ai/provider-status";
import { callScoreDisputes, callScores, calls, personas, transcriptEntries } from "@/lib/db/schema";
import { deepScore } from "@/lib/practice/rubric-scorer";
import type { TranscriptLine } from "@/lib/practice/types";
import { configureProviders } from "../../fixtures/ai/env";
import { mockGemini } from "../../fixtures/ai/gemini";
import { replyJson } from "../../fixtures/ai/replies";
import { userIdOf } from "../../fixtures/coach-chat";
import { call, errorOf } from "../../fixtures/http";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

const database = useTestDatabase();
afterEach(() => resetProviderStatus());

const ACK = "Budgets are tight this quarter for a lot of teams, that is real.";
const LINES: TranscriptLine[] = [
  { role: "persona", content: "Hello, this is Dana.", timestampMs: 0 },
  { role: "rep", content: "Hi Dana, I'm Sam from Brightline. How do you onboard new customers today?", timestampMs: 5_000 },
  { role: "persona", content: "Honestly, the price is too high for us right now.", timestampMs: 10_000 },
  { role: "rep", content: ACK, timestampMs: 15_000 },
  { role: "persona", content: "We already use a spreadsheet for this.", timestampMs: 20_000 },
  { role: "rep", content: "Could we look at it together next Tuesday at 10am?", timestampMs: 25_000 },
];

/** A completed objection-gauntlet call with these lines, scored by the offline rubric. */
async function scoredCall(user: TestUser) {
  const userId = await userIdOf(user);
  const [persona] = await database.db.select().from(personas).limit(1);
  const endedAt = new Date();
  const [row] = await database.db
    .insert(calls)
    .values({ userId, personaId: persona!.id, mode: "objection_gauntlet", status: "completed", scoreStatus: "ready", startedAt: endedAt, endedAt, durationSeconds: 30 })
    .returning({ id: calls.id });
  await database.db.insert(transcriptEntries).values(LINES.map((l, i) => ({ callId: row!.id, ...l, clientId: `line-${i}` })));
  const score = deepScore({ transcript: LINES, mode: "objection_gauntlet", hiddenPains: persona!.hiddenPains });
  await database.db.insert(callScores).values({ callId: row!.id, ...score });
  return { callId: row!.id, score };
}

const dispute = (user: TestUser, callId: string, json: unknown, headers?: HeadersInit) =>
  call(disputeRoute, `/api/calls/${callId}/dispute`, { method: "POST", cookie: user.cookie, json, headers }, { id: callId });

describe("POST /api/calls/:id/dispute", () => {
  it("re-grades offline with the cited line, keeps both grades, moves the overall score, and allows one dispute per category", async () => {
    const rep = await signUpUser();
    const { callId, score } = await scoredCall(rep);
    const before = score.categories.objectionHandling;

    const res = await dispute(rep, callId, { category: "objectionHandling", reason: `I acknowledged the price concern: “${ACK}”` });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.dispute).toMatchObject({ category: "objectionHandling", citedLines: [3], before, regradedBy: "offline-rubric" });
    expect(body.dispute.after.score).toBeGreaterThan(before.score!);
    expect(body.overallScore).toBeGreaterThan(body.previousOverallScore);

    const detail = await (await call(callDetail, `/api/calls/${callId}`, { cookie: rep.cookie }, { id: callId })).json();
    expect(detail.score.categories.objectionHandling.score).toBe(body.dispute.after.score);
    expect(detail.score.overallScore).toBe(body.overallScore);
    expect(detail.disputes).toHaveLength(1);

    const again = await dispute(rep, callId, { category: "objectionHandling", reason: `Still, “${ACK}” deserves more.` });
    expect(again.status).toBe(409);
    expect((await dispute(rep, callId, { category: "closing", reason: "I asked “next Tuesday at 10am” for a meeting." })).status).toBe(201);
  });

  it("sends the model the rep's argument and the cited lines, and stores its re-grade", async () => {
    const rep = await signUpUser();
    const { callId } = await scoredCall(rep);
    configureProviders({ gemini: true });
    const requests = mockGemini(network, [replyJson({ score: 64, reasons: ["Acknowledged the budget concern before moving on."], explanation: "You did acknowledge the price objection, so the grade rises." })]);

    const reason = `The buyer said price, and I answered “${ACK}” — that is acknowledging it.`;
    const res = await dispute(rep, callId, { category: "objectionHandling", reason });
    expect(res.status).toBe(201);
    const prompt = JSON.stringify(requests[0]!.body);
    expect(prompt).toContain("The rep disputes that grade");
    expect(prompt).toContain(reason.replace(/"/g, '\\"').slice(0, 40));
    expect(prompt).toContain(`REP: ${ACK}`);
    const body = await res.json();
    expect(body.dispute).toMatchObject({ after: { score: 64 }, explanation: "You did acknowledge the price objection, so the grade rises." });
    expect(body.dispute.regradedBy).toMatch(/^gemini:/);
  });

  it("refuses bad input, strangers and foreign origins, and changes nothing", async () => {
    const rep = await signUpUser();
    const stranger = await signUpUser();
    const { callId, score } = await scoredCall(rep);

    const badCategory = await dispute(rep, callId, { category: "charisma", reason: "I was very charming throughout the call." });
    expect(badCategory.status).toBe(400);
    expect((await errorOf(badCategory)).code).toBe("VALIDATION_ERROR");
    expect((await dispute(rep, callId, { category: "closing", reason: "no" })).status).toBe(400);
    expect((await dispute(stranger, callId, { category: "closing", reason: `I asked “next Tuesday at 10am”.` })).status).toBe(404);
    expect((await dispute(rep, callId, { category: "closing", reason: `I asked “next Tuesday at 10am”.` }, { origin: "https://evil.example" })).status).toBe(403);

    expect(await database.db.select().from(callScoreDisputes).where(eq(callScoreDisputes.callId, callId))).toHaveLength(0);
    const [stored] = await database.db.select().from(callScores).where(eq(callScores.callId, callId));
    expect(stored?.overallScore).toBe(score.overallScore);
  });
});
