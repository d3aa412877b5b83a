import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as getCall } from "@/app/api/calls/[id]/route";
import { GET as getScore } from "@/app/api/calls/[id]/score/route";
import { resetProviderStatus } from "@/lib/ai/provider-status";
import { scoreCallDeep } from "@/lib/practice/score-call";
import { configureProviders } from "../../fixtures/ai/env";
import { mockChatCompletions } from "../../fixtures/ai/chat-completions";
import { mockGemini } from "../../fixtures/ai/gemini";
import { recordSleeps } from "../../fixtures/ai/harness";
import { replyJson, replyStatus } from "../../fixtures/ai/replies";
import { afterQueue } from "../../fixtures/after";
import { call } from "../../fixtures/http";
import { createAndStartCall, endCallRequest, sayAsRep } from "../../fixtures/practice";
import { signUpUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
afterEach(() => {
  resetProviderStatus();
  afterQueue.length = 0;
});

const REP_LINE = "What does your onboarding process look like today?";

function deepAnswer(quote: string) {
  const category = { score: 70, reasons: ["Asked open questions."], evidence: [quote] };
  return {
    overallScore: 71,
    categories: { opening: category, discovery: category, objectionHandling: category, communication: category, closing: category },
    strengths: ["Open questions", "Calm pace", "Clear intro"],
    improvements: ["Ask for a next step", "Quantify the pain", "Summarise back"],
    keyMoments: [{ timestampMs: 5_000, quote, note: "Good discovery question.", kind: "positive" }],
  };
}

/** A completed call, scored offline quickly, whose deep score the test then drives by hand. */
async function endedCall() {
  const user = await signUpUser();
  const { callId } = await createAndStartCall(user);
  // Three rep lines: fewer is "too short to score" and never reaches a scorer.
  await sayAsRep(user, callId, REP_LINE, 5_000);
  await sayAsRep(user, callId, "How long does a new customer take to go live?", 10_000);
  await sayAsRep(user, callId, "Who else is involved when onboarding slips?", 15_000);
  expect((await endCallRequest(user, callId)).status).toBe(200);
  afterQueue.length = 0;
  const userId = ((await (await call((await import("@/app/api/me/route")).GET, "/api/me", { cookie: user.cookie })).json()) as { id: string }).id;
  return { user, userId, callId };
}

describe("deep scoring with providers", () => {
  it("falls back from Gemini (500s) to Groq, and the debrief names Groq", async () => {
    const { user, userId, callId } = await endedCall();
    configureProviders({ gemini: true, groq: true });
    const gemini = mockGemini(network, [replyStatus(500), replyStatus(500), replyStatus(500), replyStatus(500)]);
    const groq = mockChatCompletions(network, { vendor: "groq", replies: [replyJson(deepAnswer(REP_LINE))] });

    await scoreCallDeep({ db: database.db, userId, callId, sleep: recordSleeps().sleep });

    expect(gemini).toHaveLength(4);
    expect(groq).toHaveLength(1);
    const score = await (await call(getScore, `/api/calls/${callId}/score`, { cookie: user.cookie }, { id: callId })).json();
    expect(score).toMatchObject({ status: "ready", overallScore: 71, scorer: "groq:openai/gpt-oss-120b" });
  });

  it("sends a misquoted key moment back for repair, and stores the repaired answer", async () => {
    const { user, userId, callId } = await endedCall();
    configureProviders({ gemini: true });
    const requests = mockGemini(network, [
      replyJson(deepAnswer("We already have a vendor for this.")),
      replyJson(deepAnswer(REP_LINE)),
    ]);

    await scoreCallDeep({ db: database.db, userId, callId, sleep: recordSleeps().sleep });

    expect(requests).toHaveLength(2);
    expect(JSON.stringify(requests[1]?.body)).toContain("does not appear verbatim");
    const score = await (await call(getScore, `/api/calls/${callId}/score`, { cookie: user.cookie }, { id: callId })).json();
    expect(score.keyMoments[0].quote).toBe(REP_LINE);
  });

  it("never stores a quote that is not in the transcript: after two misquotes it moves on to the offline rubric", async () => {
    const { user, userId, callId } = await endedCall();
    configureProviders({ gemini: true });
    mockGemini(network, [replyJson(deepAnswer("Invented quote.")), replyJson(deepAnswer("Still invented."))]);

    await scoreCallDeep({ db: database.db, userId, callId, sleep: recordSleeps().sleep });

    const score = await (await call(getScore, `/api/calls/${callId}/score`, { cookie: user.cookie }, { id: callId })).json();
    expect(score.scorer).toBe("offline-rubric");
    expect(JSON.stringify(score.keyMoments)).not.toContain("nvented");
  });
});

describe("quote or no score", () => {
  it("sends a graded category without evidence back for repair, and keeps a category with no evidence unscored", async () => {
    const { user, userId, callId } = await endedCall();
    configureProviders({ gemini: true });
    const unquoted = deepAnswer(REP_LINE);
    unquoted.categories = { ...unquoted.categories, closing: { score: 80, reasons: ["Great close."], evidence: [] } };
    const repaired = deepAnswer(REP_LINE);
    repaired.categories = { ...repaired.categories, objectionHandling: { score: null as unknown as number, reasons: ["No evidence in this call."], evidence: [] } };
    const requests = mockGemini(network, [replyJson(unquoted), replyJson(repaired)]);

    await scoreCallDeep({ db: database.db, userId, callId, sleep: recordSleeps().sleep });

    expect(requests).toHaveLength(2);
    expect(JSON.stringify(requests[1]?.body)).toContain("Cite at least one line, or set score to null");
    const score = await (await call(getScore, `/api/calls/${callId}/score`, { cookie: user.cookie }, { id: callId })).json();
    expect(score.categories.objectionHandling).toEqual({ score: null, reasons: ["No evidence in this call."], evidence: [] });
    expect(score.categories.discovery.evidence).toEqual([REP_LINE]);
  });
});

describe("who answers in browser mode", () => {
  it("tells the call page a model will reply once a provider is configured", async () => {
    configureProviders({ groq: true });
    const user = await signUpUser();
    const { callId } = await createAndStartCall(user);
    const detail = await (await call(getCall, `/api/calls/${callId}`, { cookie: user.cookie }, { id: callId })).json();
    expect(detail.personaReplies).toBe("ai");
  });
});

describe("starting a call with ElevenLabs configured", () => {
  it("returns a signed URL for the agent and the persona as overrides, keeping the key on the server", async () => {
    vi.stubEnv("ELEVENLABS_API_KEY", "test-eleven-key");
    vi.stubEnv("ELEVENLABS_AGENT_ID", "agent_123");
    const seen: Request[] = [];
    network.use(
      http.get("https://api.elevenlabs.io/v1/convai/conversation/get-signed-url", ({ request }) => {
        seen.push(request);
        return HttpResponse.json({ signed_url: "wss://api.elevenlabs.io/v1/convai/conversation?agent_id=agent_123&conversation_signature=sig" });
      }),
    );
    const user = await signUpUser();
    const { start } = await createAndStartCall(user, "cold_call");
    expect(seen).toHaveLength(1);
    expect(new URL(seen[0]!.url).searchParams.get("agent_id")).toBe("agent_123");
    expect(seen[0]!.headers.get("xi-api-key")).toBe("test-eleven-key");
    expect(start).toMatchObject({
      mode: "elevenlabs",
      signedUrl: expect.stringContaining("conversation_signature"),
      overrides: { agent: { prompt: { prompt: expect.any(String) }, firstMessage: expect.any(String) }, tts: { voiceId: expect.any(String) } },
    });
    expect(JSON.stringify(start)).not.toContain("test-eleven-key");
  });
});
