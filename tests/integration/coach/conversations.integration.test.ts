import { eq } from "drizzle-orm";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as listRoute } from "@/app/api/coach/conversations/route";
import { POST as ttsRoute } from "@/app/api/coach/tts/route";
import { GET as cronRoute } from "@/app/api/cron/[job]/route";
import { resumeConversation } from "@/lib/coach/chat/conversations";
import { endIdleConversations } from "@/lib/coach/chat/end-idle-conversations";
import { DEFAULT_COACH_VOICE_ID } from "@/lib/coach/chat/tts";
import { coachConversations, coachProfiles } from "@/lib/db/schema";
import { afterQueue, runAfterCallbacks } from "../../fixtures/after";
import { chat, getConversation, userIdOf } from "../../fixtures/coach-chat";
import { call, errorOf } from "../../fixtures/http";
import { signUpUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";
import { stubConfig } from "../../setup/env";
import { network } from "../../setup/integration";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
afterEach(() => {
  afterQueue.length = 0;
});

type ListBody = { conversations: { id: string; title: string; status: string; messageCount: number }[]; total: number; page: number; pageSize: number };

async function list(user: Awaited<ReturnType<typeof signUpUser>>, query = "") {
  const res = await call(listRoute, `/api/coach/conversations${query}`, { cookie: user.cookie });
  return { res, body: (res.status === 200 ? await res.json() : null) as ListBody };
}

describe("GET /api/coach/conversations", () => {
  it("lists the user's conversations newest first, paged, titled by their first message", async () => {
    const user = await signUpUser();
    const other = await signUpUser();
    const ids: string[] = [];
    const long = `I need to rethink our whole go-to-market plan for the Nordics because ${"the numbers are off ".repeat(6)}`;
    for (const message of ["First: pricing.", "Second: hiring.", long]) {
      ids.push((await chat(user, { message })).conversationId);
      await runAfterCallbacks();
    }
    await chat(other, { message: "Someone else's secret." });
    await runAfterCallbacks();

    const page1 = await list(user, "?pageSize=2");
    expect(page1.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page1.body.conversations.map((c) => c.id)).toEqual([ids[2], ids[1]]);
    expect(page1.body.conversations[0]!.title.length).toBeLessThanOrEqual(80);
    expect(page1.body.conversations[0]!.title).toMatch(/^I need to rethink our whole go-to-market plan.*…$/);
    expect(page1.body.conversations[0]).toMatchObject({ status: "active", messageCount: 2 });
    const page2 = await list(user, "?pageSize=2&page=2");
    expect(page2.body.conversations.map((c) => [c.id, c.title])).toEqual([[ids[0], "First: pricing."]]);
    expect(JSON.stringify((await list(user)).body)).not.toContain("secret");

    expect((await list(user, "?pageSize=0")).res.status).toBe(400);
  });

  it("404s another user's conversation and ids that are not uuids", async () => {
    const owner = await signUpUser();
    const intruder = await signUpUser();
    const { conversationId } = await chat(owner, { message: "Private plans." });
    await runAfterCallbacks();
    for (const id of [conversationId, "not-a-uuid", crypto.randomUUID()]) {
      const res = await getConversation(intruder, id);
      expect(res.status).toBe(404);
      expect((await errorOf(res)).code).toBe("NOT_FOUND");
    }
    expect((await getConversation(owner, conversationId)).status).toBe(200);
  });
});

describe("endIdleConversations (cleanup job)", () => {
  it("ends conversations quiet for 10 minutes, dated when they went quiet, and leaves live ones", async () => {
    const user = await signUpUser();
    const quiet = await chat(user, { message: "This one goes quiet." });
    const live = await chat(user, { message: "This one is still going." });
    await runAfterCallbacks();
    const now = new Date();
    const lastMessageAt = new Date(now.getTime() - 10 * 60_000 - 1);
    await database.db.update(coachConversations).set({ lastMessageAt }).where(eq(coachConversations.id, quiet.conversationId));

    expect(await endIdleConversations({ db: database.db, now })).toBeGreaterThanOrEqual(1);
    const rows = await database.db.select().from(coachConversations).where(eq(coachConversations.userId, await userIdOf(user)));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(quiet.conversationId)).toMatchObject({ status: "ended", endedAt: new Date(lastMessageAt.getTime() + 10 * 60_000) });
    expect(byId.get(live.conversationId)).toMatchObject({ status: "active", endedAt: null });
    expect(await endIdleConversations({ db: database.db, now })).toBe(0);
  });
});

describe("resuming and ending conversations", () => {
  const quieten = (id: string, minutesAgo: number) =>
    database.db.update(coachConversations).set({ lastMessageAt: new Date(Date.now() - minutesAgo * 60_000) }).where(eq(coachConversations.id, id));

  it("/coach resumes the user's latest live conversation, with its messages, and never another user's", async () => {
    const user = await signUpUser();
    const other = await signUpUser();
    const older = await chat(user, { message: "Older: pricing." });
    const latest = await chat(user, { message: "Latest: hiring a VP Sales." });
    await runAfterCallbacks();
    await quieten(older.conversationId, 3);
    await quieten(latest.conversationId, 1);
    const theirs = await chat(other, { message: "Someone else's live chat." });
    await runAfterCallbacks();

    const resumed = await resumeConversation({ db: database.db, userId: await userIdOf(user) });
    expect(resumed?.conversation).toMatchObject({ id: latest.conversationId, status: "active" });
    expect(resumed?.messages.map((m) => m.role)).toEqual(["user", "assistant"]);
    expect(resumed?.messages[0]?.content).toBe("Latest: hiring a VP Sales.");
    expect(Date.parse(resumed!.conversation.endsAt)).toBeGreaterThan(Date.now());
    expect((await resumeConversation({ db: database.db, userId: await userIdOf(other) }))?.conversation.id).toBe(theirs.conversationId);
  });

  it("resumes nothing once the latest conversation has gone quiet, even before the job marks it", async () => {
    const user = await signUpUser();
    const quiet = await chat(user, { message: "This one goes quiet." });
    await runAfterCallbacks();
    await quieten(quiet.conversationId, 11);
    expect(await resumeConversation({ db: database.db, userId: await userIdOf(user) })).toBeNull();
  });

  it("the scheduled cleanup job ends idle conversations, and the conversation then reads as ended with its end time", async () => {
    stubConfig({ CRON_SECRET: "cron-secret-0123456789" });
    const user = await signUpUser();
    const quiet = await chat(user, { message: "Going quiet now." });
    await runAfterCallbacks();
    await quieten(quiet.conversationId, 30);

    const res = await call(cronRoute, "/api/cron/cleanup", { headers: { authorization: "Bearer cron-secret-0123456789" } }, { job: "cleanup" });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { result: { endedConversations: number } }).result.endedConversations).toBeGreaterThanOrEqual(1);

    const detail = (await (await getConversation(user, quiet.conversationId)).json()) as { conversation: { status: string; endedAt: string; endsAt: string } };
    expect(detail.conversation.status).toBe("ended");
    expect(detail.conversation.endsAt).toBe(detail.conversation.endedAt);
  });
});

describe("POST /api/coach/tts", () => {
  it("tells the browser to speak itself when ElevenLabs is not configured", async () => {
    const user = await signUpUser();
    const res = await call(ttsRoute, "/api/coach/tts", { method: "POST", cookie: user.cookie, json: { text: "Hello there." } });
    expect(res.status).toBe(409);
    const error = await errorOf(res);
    expect(error.code).toBe("CONFLICT");
    expect(error.details).toEqual({ fallback: "browser" });
  });

  it("sends the text to ElevenLabs with the user's coach voice and streams the audio back", async () => {
    vi.stubEnv("ELEVENLABS_API_KEY", "test-eleven-key");
    const user = await signUpUser();
    await database.db.insert(coachProfiles).values({ userId: await userIdOf(user), voiceId: "pNInz6obpgDQGcFmaJgB" });
    const seen: { url: URL; headers: Headers; body: unknown }[] = [];
    network.use(
      http.post("https://api.elevenlabs.io/v1/text-to-speech/:voiceId", async ({ request }) => {
        seen.push({ url: new URL(request.url), headers: request.headers, body: await request.json() });
        return new HttpResponse(new Uint8Array([0x49, 0x44, 0x33, 0x04]), { headers: { "content-type": "audio/mpeg" } });
      }),
    );
    const res = await call(ttsRoute, "/api/coach/tts", { method: "POST", cookie: user.cookie, json: { text: "  What matters most this week?  " } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("audio/mpeg");
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([0x49, 0x44, 0x33, 0x04]);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url.pathname).toBe("/v1/text-to-speech/pNInz6obpgDQGcFmaJgB");
    expect(seen[0]!.url.searchParams.get("output_format")).toBe("mp3_44100_128");
    expect(seen[0]!.headers.get("xi-api-key")).toBe("test-eleven-key");
    expect(seen[0]!.body).toEqual({ text: "What matters most this week?", model_id: "eleven_flash_v2_5" });

    const chosen = await call(ttsRoute, "/api/coach/tts", { method: "POST", cookie: user.cookie, json: { text: "Hi", voiceId: DEFAULT_COACH_VOICE_ID } });
    expect(chosen.status).toBe(200);
    await chosen.arrayBuffer();
    expect(seen[1]!.url.pathname).toBe(`/v1/text-to-speech/${DEFAULT_COACH_VOICE_ID}`);
    const res404 = await call(ttsRoute, "/api/coach/tts", { method: "POST", cookie: user.cookie, json: { text: "Hi", voiceId: "../../v1/user" } });
    expect(res404.status).toBe(400);
    expect(seen).toHaveLength(2);
  });

  it("answers 502 with the browser fallback when ElevenLabs rejects the request, without retrying a 4xx", async () => {
    vi.stubEnv("ELEVENLABS_API_KEY", "test-eleven-key");
    const user = await signUpUser();
    let calls = 0;
    network.use(
      http.post("https://api.elevenlabs.io/v1/text-to-speech/:voiceId", () => {
        calls += 1;
        return HttpResponse.json({ detail: { status: "quota_exceeded" } }, { status: 401 });
      }),
    );
    const res = await call(ttsRoute, "/api/coach/tts", { method: "POST", cookie: user.cookie, json: { text: "Hello" } });
    expect(res.status).toBe(502);
    expect((await errorOf(res)).details).toMatchObject({ status: 401, fallback: "browser" });
    expect(calls).toBe(1);
  });
});
