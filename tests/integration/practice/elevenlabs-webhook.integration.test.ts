import { sql } from "drizzle-orm";
import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { GET as getTranscript } from "@/app/api/calls/[id]/transcript/route";
import { POST as webhook } from "@/app/api/webhooks/elevenlabs/route";
import { signElevenLabsPayload } from "@/lib/voice/elevenlabs-signature";
import { call, errorOf } from "../../fixtures/http";
import { createAndStartCall, sayAsRep } from "../../fixtures/practice";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

const test = useTestDatabase();

const SECRET = "wsec_test_elevenlabs";
const now = () => Math.floor(Date.now() / 1000);

function payloadFor(conversationId: string, eventTimestamp = 1_795_000_000) {
  return JSON.stringify({
    type: "post_call_transcription",
    event_timestamp: eventTimestamp,
    data: {
      agent_id: "agent_123",
      conversation_id: conversationId,
      transcript: [
        { role: "agent", message: "Hello, this is Dana.", time_in_call_secs: 0 },
        { role: "user", message: "Hi Dana, what does your week look like?", time_in_call_secs: 4.5 },
        { role: "agent", message: "Busy. What is this about?", time_in_call_secs: 9 },
      ],
    },
  });
}

function post(payload: string, signature?: string) {
  return call(webhook, "/api/webhooks/elevenlabs", {
    method: "POST",
    body: payload,
    headers: { "content-type": "application/json", ...(signature ? { "elevenlabs-signature": signature } : {}) },
  });
}

let conversations = 0;

/** A call started in ElevenLabs mode; ElevenLabs hands out a new conversation id each time. */
async function voiceCall(): Promise<{ user: TestUser; callId: string; conversationId: string }> {
  const conversationId = `conv_${++conversations}`;
  vi.stubEnv("ELEVENLABS_API_KEY", "test-eleven-key");
  vi.stubEnv("ELEVENLABS_AGENT_ID", "agent_123");
  vi.stubEnv("ELEVENLABS_WEBHOOK_SECRET", SECRET);
  network.use(
    http.get("https://api.elevenlabs.io/v1/convai/conversation/get-signed-url", ({ request }) => {
      expect(new URL(request.url).searchParams.get("include_conversation_id")).toBe("true");
      return HttpResponse.json({ signed_url: "wss://example.invalid/convai?sig=1", conversation_id: conversationId });
    }),
  );
  const user = await signUpUser();
  const { callId } = await createAndStartCall(user, "cold_call");
  return { user, callId, conversationId };
}

async function transcriptOf(user: TestUser, callId: string) {
  const res = await call(getTranscript, `/api/calls/${callId}/transcript`, { cookie: user.cookie }, { id: callId });
  return ((await res.json()) as { entries: { role: string; content: string; timestampMs: number }[] }).entries;
}

describe("POST /api/webhooks/elevenlabs", () => {
  it("reconciles the post-call transcript into the call with that conversation id, once", async () => {
    const { user, callId, conversationId } = await voiceCall();
    // Lines the browser posted live while the conversation ran; the webhook's transcript replaces them.
    expect((await sayAsRep(user, callId, "Hi Dana, what does your week look like", 4_400, "el-user-0")).status).toBe(201);
    const payload = payloadFor(conversationId);
    const signature = signElevenLabsPayload({ secret: SECRET, payload, timestamp: now() });

    const first = await post(payload, signature);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ outcome: "reconciled" });
    const entries = await transcriptOf(user, callId);
    expect(entries.map((e) => [e.role, e.content, e.timestampMs])).toEqual([
      ["persona", "Hello, this is Dana.", 0],
      ["rep", "Hi Dana, what does your week look like?", 4_500],
      ["persona", "Busy. What is this about?", 9_000],
    ]);

    const replay = await post(payload, signature);
    expect(await replay.json()).toMatchObject({ outcome: "duplicate" });
    expect(await transcriptOf(user, callId)).toHaveLength(3);
  });

  it("refuses missing, wrong and stale signatures with 401 and changes nothing", async () => {
    const { user, callId, conversationId } = await voiceCall();
    const payload = payloadFor(conversationId, 1_795_000_100);
    const wrong = signElevenLabsPayload({ secret: "another-secret", payload, timestamp: now() });
    const stale = signElevenLabsPayload({ secret: SECRET, payload, timestamp: now() - 31 * 60 });
    const tampered = signElevenLabsPayload({ secret: SECRET, payload: payload.replace("Dana", "Eve"), timestamp: now() });
    for (const res of [await post(payload), await post(payload, wrong), await post(payload, stale), await post(payload, tampered)]) {
      expect(res.status).toBe(401);
      expect((await errorOf(res)).code).toBe("AUTH_REQUIRED");
    }
    expect(await transcriptOf(user, callId)).toHaveLength(0);
  });

  it("acknowledges a conversation it does not know without changing anything", async () => {
    vi.stubEnv("ELEVENLABS_WEBHOOK_SECRET", SECRET);
    const payload = payloadFor("conv_unknown");
    const res = await post(payload, signElevenLabsPayload({ secret: SECRET, payload, timestamp: now() }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ outcome: "ignored" });
  });

  it("applies nothing when it fails part-way, and the sender's retry applies the whole transcript", async () => {
    const { user, callId, conversationId } = await voiceCall();
    expect((await sayAsRep(user, callId, "Hi Dana, what does your week look like", 4_400, "el-user-0")).status).toBe(201);
    // The second line's insert fails once (a sequence is not rolled back, so the retry passes).
    await test.db.execute(sql.raw("create sequence fail_once_seq"));
    await test.db.execute(sql.raw(`
      create function fail_second_line_once() returns trigger language plpgsql as $$
      begin
        if new.client_id = 'elevenlabs-1' then
          if nextval('fail_once_seq') = 1 then raise exception 'injected failure'; end if;
        end if;
        return new;
      end $$`));
    await test.db.execute(
      sql.raw("create trigger fail_second_line_once before insert on transcript_entries for each row execute function fail_second_line_once()"),
    );
    try {
      const payload = payloadFor(conversationId, 1_795_000_200);
      const failed = await post(payload, signElevenLabsPayload({ secret: SECRET, payload, timestamp: now() }));
      expect(failed.status).toBe(500);
      expect((await transcriptOf(user, callId)).map((e) => e.content)).toEqual(["Hi Dana, what does your week look like"]);
      const retry = await post(payload, signElevenLabsPayload({ secret: SECRET, payload, timestamp: now() }));
      expect(await retry.json()).toMatchObject({ outcome: "reconciled" });
      expect(await transcriptOf(user, callId)).toHaveLength(3);
    } finally {
      for (const statement of ["drop trigger fail_second_line_once on transcript_entries", "drop function fail_second_line_once()", "drop sequence fail_once_seq"]) {
        await test.db.execute(sql.raw(statement));
      }
    }
  });

  it("keeps a line with a NUL byte or an unpaired surrogate, minus the character Postgres cannot store", async () => {
    const { user, callId, conversationId } = await voiceCall();
    const payload = payloadFor(conversationId, 1_795_000_300).replace("Hi Dana,", "Hi\\u0000 Dana\\ud800,");
    const res = await post(payload, signElevenLabsPayload({ secret: SECRET, payload, timestamp: now() }));
    expect(await res.json()).toMatchObject({ outcome: "reconciled" });
    expect((await transcriptOf(user, callId)).map((e) => e.content)[1]).toBe("Hi Dana\ufffd, what does your week look like?");
  });

  it("answers a validly signed body that is not JSON with 400 in the error shape", async () => {
    vi.stubEnv("ELEVENLABS_WEBHOOK_SECRET", SECRET);
    const payload = "not json {";
    const res = await post(payload, signElevenLabsPayload({ secret: SECRET, payload, timestamp: now() }));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("VALIDATION_ERROR");
  });
});
