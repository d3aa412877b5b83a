import { count, eq } from "drizzle-orm";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as scoreRoute } from "@/app/api/calls/[id]/score/route";
import { POST as ttsRoute } from "@/app/api/coach/tts/route";
import { POST as generateRoute } from "@/app/api/personas/generate/route";
import { coachMessages, personas } from "@/lib/db/schema";
import { afterQueue, runAfterCallbacks } from "../fixtures/after";
import { chat, postChat, userIdOf } from "../fixtures/coach-chat";
import { call, errorOf } from "../fixtures/http";
import { createAndStartCall, endCallRequest, personaReply, sayAsRep } from "../fixtures/practice";
import { signUpUser, type TestUser } from "../fixtures/users";
import { useTestDatabase } from "../setup/database";
import { network } from "../setup/integration";
import { stubConfig } from "../setup/env";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
afterEach(() => {
  afterQueue.length = 0;
});

async function expectRateLimited(res: Response) {
  expect(res.status).toBe(429);
  expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  const error = await errorOf(res);
  expect(error).toMatchObject({ code: "RATE_LIMITED", details: { retryAfterSeconds: expect.any(Number) }, requestId: expect.any(String) });
}

// The mocked after() queues its task once a dynamic import resolves: let that happen first.
const flushQueuedAfter = () => new Promise<void>((resolve) => setImmediate(resolve));

async function messageCount(user: TestUser) {
  const userId = await userIdOf(user);
  const [row] = await database.db.select({ n: count() }).from(coachMessages).where(eq(coachMessages.userId, userId));
  return row?.n ?? 0;
}

describe("per-user limits on costly routes", () => {
  // 31 coach turns run past the 15 s default on a loaded machine (seen at 17.8 s), within the minute.
  it("coach chat: 30 messages a minute by default; the 31st is a 429 and stores nothing", async () => {
    const user = await signUpUser();
    let conversationId: string | undefined;
    for (let i = 0; i < 30; i++) {
      const turn = await chat(user, { message: `Message ${i + 1} about my pipeline.`, sessionType: "check_in", mode: "text", conversationId });
      conversationId = turn.conversationId;
    }
    await runAfterCallbacks();
    const stored = await messageCount(user);

    await expectRateLimited(await postChat(user, { message: "One more.", sessionType: "check_in", mode: "text", conversationId }));
    await runAfterCallbacks();
    expect(await messageCount(user)).toBe(stored);

    // The limit is per user: someone else still gets an answer.
    const other = await signUpUser();
    expect((await postChat(other, { message: "Hello.", sessionType: "check_in", mode: "text" })).status).toBe(200);
  }, 50_000);

  it("persona generation: RATE_LIMIT_PERSONA_GENERATE_PER_MINUTE, and a refused request creates no persona", async () => {
    stubConfig({ RATE_LIMIT_PERSONA_GENERATE_PER_MINUTE: "2" });
    const user = await signUpUser();
    const generate = () =>
      call(generateRoute, "/api/personas/generate", {
        method: "POST",
        cookie: user.cookie,
        json: { industry: "Logistics", role: "Head of Operations", personality: "skeptical", difficulty: "hard" },
      });
    expect((await generate()).status).toBe(201);
    expect((await generate()).status).toBe(201);
    await expectRateLimited(await generate());
    const userId = await userIdOf(user);
    const [row] = await database.db.select({ n: count() }).from(personas).where(eq(personas.ownerId, userId));
    expect(row?.n).toBe(2);
  });

  it("persona replies: RATE_LIMIT_PERSONA_REPLY_PER_MINUTE", async () => {
    stubConfig({ RATE_LIMIT_PERSONA_REPLY_PER_MINUTE: "2" });
    const user = await signUpUser();
    const { callId } = await createAndStartCall(user);
    expect((await sayAsRep(user, callId, "Hi, thanks for taking the call.", 1_000)).status).toBe(201);
    expect((await personaReply(user, callId)).res.status).toBe(200);
    expect((await personaReply(user, callId)).res.status).toBe(200);
    const refused = await personaReply(user, callId);
    await expectRateLimited(refused.res);
    await flushQueuedAfter();
    expect(afterQueue).toHaveLength(2);
  });

  it("coach TTS: RATE_LIMIT_COACH_TTS_PER_MINUTE, and a refused request never reaches ElevenLabs", async () => {
    stubConfig({ ELEVENLABS_API_KEY: "test-eleven-key", RATE_LIMIT_COACH_TTS_PER_MINUTE: "2" });
    const seen: Request[] = [];
    network.use(
      http.post("https://api.elevenlabs.io/v1/text-to-speech/:voiceId", ({ request }) => {
        seen.push(request);
        return new HttpResponse(new Uint8Array([0x49, 0x44, 0x33]), { headers: { "content-type": "audio/mpeg" } });
      }),
    );
    const user = await signUpUser();
    const speak = () => call(ttsRoute, "/api/coach/tts", { method: "POST", cookie: user.cookie, json: { text: "Hello there." } });
    for (let i = 0; i < 2; i++) {
      const res = await speak();
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    await expectRateLimited(await speak());
    expect(seen).toHaveLength(2);
  });

  it("scoring retries: RATE_LIMIT_SCORE_RETRY_PER_MINUTE, and a refused retry schedules no scoring", async () => {
    stubConfig({ RATE_LIMIT_SCORE_RETRY_PER_MINUTE: "1" });
    const user = await signUpUser();
    const { callId } = await createAndStartCall(user);
    // Three rep lines: a shorter call is too short to score, and its retry is refused with 409.
    await sayAsRep(user, callId, "Hi, this is Sam from Acme.", 1_000);
    await sayAsRep(user, callId, "How do you onboard new customers today?", 5_000);
    await sayAsRep(user, callId, "What does that cost your team each month?", 9_000);
    expect((await endCallRequest(user, callId)).status).toBe(200);
    await flushQueuedAfter();
    await runAfterCallbacks();
    const retry = () => call(scoreRoute, `/api/calls/${callId}/score`, { method: "POST", cookie: user.cookie }, { id: callId });

    expect((await retry()).status).toBe(202);
    await flushQueuedAfter();
    expect(afterQueue).toHaveLength(1);
    await expectRateLimited(await retry());
    await flushQueuedAfter();
    expect(afterQueue).toHaveLength(1);
  });
});
