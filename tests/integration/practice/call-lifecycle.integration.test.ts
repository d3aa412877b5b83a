import { and, eq } from "drizzle-orm";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as getCall } from "@/app/api/calls/[id]/route";
import { POST as createCallRoute } from "@/app/api/calls/route";
import { POST as startCallRoute } from "@/app/api/calls/start/route";
import { resetProviderStatus } from "@/lib/ai/provider-status";
import { runCleanup } from "@/lib/jobs/cleanup";
import { callScores, calls, realtimeEvents } from "@/lib/db/schema";
import { scoreCallDeep } from "@/lib/practice/score-call";
import { configureProviders } from "../../fixtures/ai/env";
import { mockGemini } from "../../fixtures/ai/gemini";
import { recordSleeps } from "../../fixtures/ai/harness";
import { replyJson } from "../../fixtures/ai/replies";
import { afterQueue } from "../../fixtures/after";
import { call, errorOf } from "../../fixtures/http";
import { createAndStartCall, endCallRequest, firstPresetId, sayAsRep } from "../../fixtures/practice";
import { userByEmail } from "../../fixtures/rows";
import { signUpUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
afterEach(() => resetProviderStatus());
const HOUR = 60 * 60_000;

const REP_LINES = [
  "Hi, this is Sam from Brightline. Thanks for taking the time today.",
  "What does your onboarding process look like today?",
  "How long does a new customer take to go live?",
  "Would it make sense to set up a 30-minute demo next Tuesday?",
];

async function storedCall(callId: string) {
  const [row] = await database.db.select().from(calls).where(eq(calls.id, callId));
  return row!;
}

async function eventsOf(callId: string, type: string) {
  return database.db
    .select()
    .from(realtimeEvents)
    .where(and(eq(realtimeEvents.channel, `call:${callId}`), eq(realtimeEvents.type, type)));
}

/** An active call with the rep's lines at 15 s apart, started `ageMs` ago. */
async function activeCallStarted(ageMs: number, now: Date, lines = REP_LINES) {
  const user = await signUpUser();
  const { callId } = await createAndStartCall(user);
  for (const [i, line] of lines.entries()) await sayAsRep(user, callId, line, (i + 1) * 15_000);
  const startedAt = new Date(now.getTime() - ageMs);
  await database.db.update(calls).set({ startedAt }).where(eq(calls.id, callId));
  return { user, callId, startedAt };
}

function voiceAgentAnswers(answers: (() => Response)[]) {
  vi.stubEnv("ELEVENLABS_API_KEY", "test-eleven-key");
  vi.stubEnv("ELEVENLABS_AGENT_ID", "agent_123");
  network.use(http.get("https://api.elevenlabs.io/v1/convai/conversation/get-signed-url", () => answers.shift()!()));
}

describe("a call the voice agent cannot start", () => {
  it("stays active when the agent fails only on a reopen mid-call, so the rep can go on in text", async () => {
    voiceAgentAnswers([
      () => HttpResponse.json({ signed_url: "wss://api.elevenlabs.io/v1/convai/conversation?conversation_signature=sig" }),
      () => HttpResponse.json({}, { status: 401 }),
    ]);
    const user = await signUpUser();
    const { callId } = await createAndStartCall(user);
    await sayAsRep(user, callId, REP_LINES[0]!, 5_000);
    const reopen = await call(startCallRoute, "/api/calls/start", { method: "POST", cookie: user.cookie, json: { callId } });
    expect(reopen.status).toBe(502);
    expect(await storedCall(callId)).toMatchObject({ status: "active", failureReason: null });
    expect((await sayAsRep(user, callId, REP_LINES[1]!, 10_000)).status).toBe(201);
  });

  it("is marked failed with the reason, is shown as such, and can be neither started nor ended", async () => {
    voiceAgentAnswers([() => HttpResponse.json({}, { status: 401 })]);
    const user = await signUpUser();
    const personaId = await firstPresetId(user);
    const created = await call(createCallRoute, "/api/calls", { method: "POST", cookie: user.cookie, json: { mode: "discovery", personaId } });
    const { id: callId } = (await created.json()) as { id: string };

    const start = () => call(startCallRoute, "/api/calls/start", { method: "POST", cookie: user.cookie, json: { callId } });
    const res = await start();
    expect(res.status).toBe(502);
    expect((await errorOf(res)).code).toBe("EXTERNAL_SERVICE_ERROR");

    const detail = await (await call(getCall, `/api/calls/${callId}`, { cookie: user.cookie }, { id: callId })).json();
    expect(detail.call).toMatchObject({ status: "failed", failureReason: "ElevenLabs did not give us a conversation link." });
    expect(await eventsOf(callId, "call.failed")).toHaveLength(1);

    expect((await start()).status).toBe(409);
    expect((await endCallRequest(user, callId)).status).toBe(409);
    expect(await storedCall(callId)).toMatchObject({ status: "failed", scoreStatus: "none", durationSeconds: null });
  });
});

describe("the cleanup job and calls left active", () => {
  it("closes a call active for 3 hours with its real duration and scores it, and leaves a 1-hour-old one", async () => {
    const now = new Date();
    const stale = await activeCallStarted(3 * HOUR, now);
    const recent = await activeCallStarted(1 * HOUR, now);
    afterQueue.length = 0;

    const result = await runCleanup({ db: database.db, now });
    expect(result.closedCalls).toBe(1);

    const closed = await storedCall(stale.callId);
    // The last line was at 60 s: that is the call's length, not the 3 hours it sat open.
    expect(closed).toMatchObject({ status: "completed", durationSeconds: 60, scoreStatus: "ready" });
    expect(closed.endedAt!.getTime()).toBe(stale.startedAt.getTime() + 60_000);
    expect(closed.quickScore).toMatchObject({ scorer: "offline-rubric" });
    expect(await database.db.select().from(callScores).where(eq(callScores.callId, stale.callId))).toHaveLength(1);
    expect(await eventsOf(stale.callId, "call.ended")).toHaveLength(1);

    expect(await storedCall(recent.callId)).toMatchObject({ status: "active", endedAt: null, durationSeconds: null });
    expect((await runCleanup({ db: database.db, now })).closedCalls).toBe(0);
  });

  it("closes a stale call with fewer than three rep lines as too short to score", async () => {
    const now = new Date();
    const stale = await activeCallStarted(3 * HOUR, now, REP_LINES.slice(0, 2));
    await runCleanup({ db: database.db, now });
    expect(await storedCall(stale.callId)).toMatchObject({ status: "completed", durationSeconds: 30, scoreStatus: "none", quickScore: null });
  });
});

/** An ended, deep-score-pending call and its owner's id. */
async function endedCall() {
  const user = await signUpUser();
  const { callId } = await createAndStartCall(user);
  for (const [i, line] of REP_LINES.entries()) await sayAsRep(user, callId, line, (i + 1) * 15_000);
  expect((await endCallRequest(user, callId)).status).toBe(200);
  afterQueue.length = 0;
  return { user, callId, userId: (await userByEmail(database.db, user.email)).id };
}

describe("narrative feedback", () => {
  it("is the model's own paragraph when the LLM scores the call, asked for in the prompt", async () => {
    const { userId, callId } = await endedCall();
    configureProviders({ gemini: true });
    const category = { score: 70, reasons: ["Asked open questions."], evidence: [REP_LINES[1]] };
    const paragraph = "A calm discovery call: you asked how onboarding works today. Next time, quantify the delay before the demo ask.";
    const requests = mockGemini(network, [
      replyJson({
        overallScore: 70,
        categories: { opening: category, discovery: category, objectionHandling: category, communication: category, closing: category },
        strengths: ["Open questions", "Calm pace", "Clear intro"],
        improvements: ["Quantify the pain", "Summarise back", "Name a time"],
        keyMoments: [{ timestampMs: 30_000, quote: REP_LINES[1], note: "Good discovery question.", kind: "positive" }],
        feedback: paragraph,
      }),
    ]);

    await scoreCallDeep({ db: database.db, userId, callId, sleep: recordSleeps().sleep });

    expect(JSON.stringify(requests[0]?.body)).toContain('Add \\"feedback\\"');
    const [score] = await database.db.select().from(callScores).where(eq(callScores.callId, callId));
    expect(score!.feedback).toBe(paragraph);
    expect((await eventsOf(callId, "feedback.ready")).map((e) => e.payload)).toEqual([{ source: "model" }]);
  });

  it("is stored with the deep score, shown in the score, and announced once as feedback.ready", async () => {
    const { user, userId, callId } = await endedCall();

    await scoreCallDeep({ db: database.db, userId, callId });

    const [score] = await database.db.select().from(callScores).where(eq(callScores.callId, callId));
    expect(score!.feedback).toMatch(new RegExp(`^This call scored ${score!.overallScore}/100\\.`));
    expect(score!.feedback).toContain(score!.improvements[0]!.replace(/\.$/, ""));
    const detail = await (await call(getCall, `/api/calls/${callId}`, { cookie: user.cookie }, { id: callId })).json();
    expect(detail.score).toMatchObject({ status: "ready", feedback: score!.feedback });
    const events = await eventsOf(callId, "feedback.ready");
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toEqual({ source: "rubric" });
  });
});
