import { describe, expect, it, vi } from "vitest";
import { GET as getCall } from "@/app/api/calls/[id]/route";
import { GET as getScore } from "@/app/api/calls/[id]/score/route";
import { GET as getTranscript } from "@/app/api/calls/[id]/transcript/route";
import { GET as listCalls } from "@/app/api/calls/route";
import { GET as stats } from "@/app/api/practice/stats/route";
import { quoteAppearsIn } from "@/lib/practice/rubric/rubric-scorer";
import { runAfterCallbacks } from "../../fixtures/after";
import { call, errorOf } from "../../fixtures/http";
import { createAndStartCall, endCallRequest, firstPresetId, personaReply, sayAsRep } from "../../fixtures/practice";
import { signUpUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

useTestDatabase();

const REP_LINES = [
  "Hi, this is Sam from Brightline. Thanks for taking the time today.",
  "What does your current process for handling this look like?",
  "How is that affecting your team week to week?",
  "That makes sense, I hear you on the budget. What would it be worth to fix it?",
  "Tell me more about what you tried before and why it didn't stick.",
  "Would it make sense to set up a 30-minute demo next Tuesday with your ops lead?",
];

describe("a practice call, end to end through the API (offline engines)", () => {
  it("starts, records the conversation, ends with a quick score, then gets a deep score", async () => {
    const user = await signUpUser();
    const { callId, start } = await createAndStartCall(user, "discovery");
    expect(start).toMatchObject({ mode: "browser", callId });
    expect(typeof start.firstMessage).toBe("string");

    for (const [i, line] of REP_LINES.entries()) {
      const res = await sayAsRep(user, callId, line, (i + 1) * 15_000, `rep-${i}`);
      expect(res.status).toBe(201);
      const reply = await personaReply(user, callId);
      expect(reply.res.status).toBe(200);
      expect(reply.res.headers.get("x-ai-provider")).toBe("offline");
      expect(reply.text.length).toBeGreaterThan(0);
      await runAfterCallbacks();
    }
    // The same clientId again is the same line, not a new one.
    const repeat = await sayAsRep(user, callId, REP_LINES[0]!, 15_000, "rep-0");
    expect(repeat.status).toBe(200);

    const { entries } = await (await call(getTranscript, `/api/calls/${callId}/transcript`, { cookie: user.cookie }, { id: callId })).json();
    expect(entries.filter((e: { role: string }) => e.role === "rep")).toHaveLength(REP_LINES.length);
    expect(entries.filter((e: { role: string }) => e.role === "persona").length).toBeGreaterThanOrEqual(REP_LINES.length);

    const ended = await endCallRequest(user, callId);
    expect(ended.status).toBe(200);
    const { call: endedCall, quickScore } = await ended.json();
    expect(endedCall.status).toBe("completed");
    expect(quickScore).toMatchObject({ scorer: "offline-rubric" });
    expect(quickScore.overall).toBeGreaterThanOrEqual(0);

    const pending = await call(getScore, `/api/calls/${callId}/score`, { cookie: user.cookie }, { id: callId });
    expect(pending.status).toBe(202);
    await runAfterCallbacks();
    const ready = await call(getScore, `/api/calls/${callId}/score`, { cookie: user.cookie }, { id: callId });
    expect(ready.status).toBe(200);
    const score = await ready.json();
    expect(score).toMatchObject({ status: "ready", scorer: "offline-rubric" });
    expect(Object.keys(score.categories).sort()).toEqual(["closing", "communication", "discovery", "objectionHandling", "opening"]);
    expect(score.strengths.length).toBeGreaterThanOrEqual(3);
    expect(score.improvements.length).toBeGreaterThanOrEqual(3);
    const lines = entries.map((e: { role: "rep" | "persona"; content: string; timestampMs: number }) => e);
    for (const moment of score.keyMoments) expect(quoteAppearsIn(lines, moment.quote)).toBe(true);

    const detail = await (await call(getCall, `/api/calls/${callId}`, { cookie: user.cookie }, { id: callId })).json();
    expect(detail.score.status).toBe("ready");
    expect(detail.persona.preset).toBe(true);
    expect(detail.personaReplies).toBe("offline");

    const history = await (await call(listCalls, "/api/calls?mode=discovery", { cookie: user.cookie })).json();
    expect(history).toMatchObject({ total: 1, page: 1 });
    expect(history.calls[0]).toMatchObject({ id: callId, overallScore: score.overallScore });
    const none = await (await call(listCalls, "/api/calls?mode=cold_call", { cookie: user.cookie })).json();
    expect(none.total).toBe(0);

    const totals = await (await call(stats, "/api/practice/stats", { cookie: user.cookie })).json();
    expect(totals).toMatchObject({ totalCalls: 1, currentStreak: 1, longestStreak: 1, callsByMode: { discovery: 1 } });
    expect(totals.averageScore).toBe(score.overallScore);
    expect(totals.trend).toHaveLength(1);

    const again = await endCallRequest(user, callId);
    expect(again.status).toBe(409);
    const conflict = await errorOf(again);
    expect(conflict.details).toMatchObject({ quickScore });
  });
});

describe("a hostile persona", () => {
  it("hangs up after repeated pushy lines, which ends and scores the call", async () => {
    const user = await signUpUser();
    const personaId = await firstPresetId(user, (p) => p.personality === "hostile");
    const { callId } = await createAndStartCall(user, "cold_call", personaId);
    const pushy = [
      "You need to sign today, this offer expires tonight.",
      "Just sign the contract now, trust me, you need this.",
      "Listen to me, you need to buy this right now, sign today.",
      "Sign today or you will regret it, this is a waste of your time otherwise.",
    ];
    let status = "active";
    for (const [i, line] of pushy.entries()) {
      if (status !== "active") break;
      expect((await sayAsRep(user, callId, line, (i + 1) * 5_000)).status).toBe(201);
      expect((await personaReply(user, callId)).res.status).toBe(200);
      await runAfterCallbacks();
      status = (await (await call(getCall, `/api/calls/${callId}`, { cookie: user.cookie }, { id: callId })).json()).call.status;
    }
    expect(status).toBe("completed");
    const score = await (await call(getScore, `/api/calls/${callId}/score`, { cookie: user.cookie }, { id: callId })).json();
    expect(score.status).toBe("ready");
  });
});

describe("a call with fewer than three rep lines", () => {
  it("ends as too short to score and counts toward neither stats nor streaks", async () => {
    const user = await signUpUser();
    const { callId } = await createAndStartCall(user, "cold_call");
    for (const [i, line] of ["Hi, this is Sam from Relay.", "Is now a bad time?"].entries()) {
      expect((await sayAsRep(user, callId, line, (i + 1) * 5_000)).status).toBe(201);
      await personaReply(user, callId);
      await runAfterCallbacks();
    }
    const ended = await endCallRequest(user, callId);
    expect(ended.status).toBe(200);
    expect(await ended.json()).toMatchObject({ call: { status: "completed" }, quickScore: null, tooShort: true });
    await runAfterCallbacks();

    const score = await (await call(getScore, `/api/calls/${callId}/score`, { cookie: user.cookie }, { id: callId })).json();
    expect(score).toMatchObject({ status: "too_short" });
    expect(score.message).toMatch(/^Too short to score/);
    const totals = await (await call(stats, "/api/practice/stats", { cookie: user.cookie })).json();
    expect(totals).toMatchObject({ totalCalls: 0, currentStreak: 0, averageScore: null, trend: [] });
  });
});
