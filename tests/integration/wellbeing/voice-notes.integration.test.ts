import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as getAttachment } from "@/app/api/wellbeing/attachments/[id]/route";
import { GET as listAttachments } from "@/app/api/wellbeing/entries/[id]/attachments/route";
import { POST as keepNote } from "@/app/api/wellbeing/entries/[id]/voice-note/route";
import { POST as transcribeNote } from "@/app/api/wellbeing/voice-notes/route";
import { resetConfig } from "@/lib/config";
import { afterQueue } from "../../fixtures/after";
import { chromeWebm, makeWav } from "../../fixtures/audio";
import { multipart } from "../../fixtures/connect";
import { call, errorOf } from "../../fixtures/http";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { newEntry } from "../../fixtures/wellbeing";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

useTestDatabase();
afterEach(() => {
  afterQueue.length = 0;
});

async function form(audio: Uint8Array, type = "audio/webm", extra: Record<string, string> = {}) {
  return multipart({ audio: new Blob([audio as BlobPart], { type }), ...extra });
}

async function transcribe(user: TestUser, audio: Uint8Array, extra: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const { body, contentType } = await form(audio, "audio/webm", extra);
  return call(transcribeNote, "/api/wellbeing/voice-notes", { method: "POST", cookie: user.cookie, body, headers: { "content-type": contentType, ...headers } });
}

async function keep(user: TestUser, entryId: string, audio: Uint8Array, headers: Record<string, string> = {}) {
  const { body, contentType } = await form(audio);
  return call(keepNote, `/api/wellbeing/entries/${entryId}/voice-note`, { method: "POST", cookie: user.cookie, body, headers: { "content-type": contentType, ...headers } }, { id: entryId });
}

describe("journal voice notes", () => {
  it("with no speech-to-text provider, answers no transcript (the browser's text is used) and stores nothing", async () => {
    const user = await signUpUser();
    const res = await transcribe(user, chromeWebm());
    expect(res.status).toBe(200);
    const body = (await res.json()) as { transcript: unknown; durationMs: number };
    expect(body.transcript).toBeNull();
    expect(body.durationMs).toBeGreaterThan(2000);
  });

  it("sends the recording to the configured provider with its real type and the user's language, and returns its words", async () => {
    vi.stubEnv("TRANSCRIPTION_URL", "http://whisper.local/v1");
    resetConfig();
    const sent: FormData[] = [];
    network.use(
      http.post("http://whisper.local/v1/audio/transcriptions", async ({ request }) => {
        sent.push(await request.formData());
        return HttpResponse.json({ text: " Today felt lighter than yesterday. ", language: "english" });
      }),
    );
    const user = await signUpUser();
    const res = await transcribe(user, chromeWebm(), { language: "en" });
    expect(await res.json()).toMatchObject({ transcript: { text: "Today felt lighter than yesterday.", language: "en", provider: "openai-compatible" } });
    expect((sent[0]?.get("file") as File).type).toBe("audio/webm");
    expect(sent[0]?.get("language")).toBe("en");
  });

  it("falls back to no transcript when the provider fails, instead of losing the note", async () => {
    vi.stubEnv("TRANSCRIPTION_URL", "http://whisper.local/v1");
    resetConfig();
    network.use(http.post("http://whisper.local/v1/audio/transcriptions", () => new HttpResponse(null, { status: 503 })));
    const res = await transcribe(await signUpUser(), chromeWebm());
    expect(res.status).toBe(200);
    expect(((await res.json()) as { transcript: unknown }).transcript).toBeNull();
  });

  it("refuses uncompressed WAV, what is not audio, and a missing file, saying what it takes", async () => {
    const user = await signUpUser();
    const wav = await form(makeWav(3), "audio/wav");
    const refused = await call(transcribeNote, "/api/wellbeing/voice-notes", { method: "POST", cookie: user.cookie, body: wav.body, headers: { "content-type": wav.contentType } });
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).message).toBe("That file is not a WebM or MP4 audio recording.");
    expect((await transcribe(user, new TextEncoder().encode("not audio at all"))).status).toBe(400);
    const empty = await multipart({ language: "en" });
    const missing = await call(transcribeNote, "/api/wellbeing/voice-notes", { method: "POST", cookie: user.cookie, body: empty.body, headers: { "content-type": empty.contentType } });
    expect((await errorOf(missing)).message).toBe("Attach the recording as the audio field.");
  });

  it("refuses a foreign origin and a signed-out caller", async () => {
    const user = await signUpUser();
    expect((await transcribe(user, chromeWebm(), {}, { origin: "https://evil.example" })).status).toBe(403);
    const { body, contentType } = await form(chromeWebm());
    expect((await call(transcribeNote, "/api/wellbeing/voice-notes", { method: "POST", body, headers: { "content-type": contentType } })).status).toBe(401);
  });

  it("keeps the audio only when asked, with the owner's entry, and serves it to the owner only", async () => {
    const alice = await signUpUser();
    const bob = await signUpUser();
    const entryId = await newEntry(alice, { content: "A walk by the river." });
    const res = await keep(alice, entryId, chromeWebm());
    expect(res.status).toBe(201);
    const kept = (await res.json()) as { id: string; contentType: string; bytes: number };
    expect(kept).toMatchObject({ contentType: "audio/webm", bytes: chromeWebm().byteLength });
    const audio = await call(getAttachment, `/api/wellbeing/attachments/${kept.id}`, { cookie: alice.cookie }, { id: kept.id });
    expect(audio.headers.get("content-type")).toBe("audio/webm");
    expect(Buffer.from(await audio.arrayBuffer()).equals(Buffer.from(chromeWebm()))).toBe(true);
    expect((await call(getAttachment, `/api/wellbeing/attachments/${kept.id}`, { cookie: bob.cookie }, { id: kept.id })).status).toBe(404);
    expect((await keep(bob, entryId, chromeWebm())).status).toBe(404);
  });

  it("keeps nothing for what is not audio, a bad entry id or a foreign origin", async () => {
    const user = await signUpUser();
    const entryId = await newEntry(user, { content: "Quiet evening." });
    const notAudio = await keep(user, entryId, new TextEncoder().encode("not audio at all"));
    expect(notAudio.status).toBe(400);
    expect((await errorOf(notAudio)).message).toBe("That file is not a WebM or MP4 audio recording.");
    expect((await keep(user, "not-an-id", chromeWebm())).status).toBe(404);
    expect((await keep(user, entryId, chromeWebm(), { origin: "https://evil.example" })).status).toBe(403);
    const attachments = await call(listAttachments, `/api/wellbeing/entries/${entryId}/attachments`, { cookie: user.cookie }, { id: entryId });
    expect(((await attachments.json()) as { attachments: unknown[] }).attachments).toEqual([]);
  });
});
