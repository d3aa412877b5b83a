import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as getClip } from "@/app/api/connect/clips/[id]/route";
import { resetConfig } from "@/lib/config";
import { transcribeAudio } from "@/lib/voice/transcribe";
import { afterQueue } from "../../fixtures/after";
import { makeWav } from "../../fixtures/audio";
import { connectPerson, runQueuedWork, uploadClip } from "../../fixtures/connect";
import { call } from "../../fixtures/http";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
afterEach(() => {
  afterQueue.length = 0;
});

type Sent = { url: string; headers: Headers; form: FormData };

function capture(method: "post", url: string, reply: () => Response): Sent[] {
  const sent: Sent[] = [];
  network.use(
    http[method](url, async ({ request }) => {
      sent.push({ url: request.url, headers: request.headers, form: await request.formData() });
      return reply();
    }),
  );
  return sent;
}

describe("speech-to-text for clips", () => {
  it("sends ElevenLabs Scribe the file with scribe_v2 and the key, and keeps its text and language", async () => {
    vi.stubEnv("ELEVENLABS_API_KEY", "el-key");
    resetConfig();
    const sent = capture("post", "https://api.elevenlabs.io/v1/speech-to-text", () =>
      HttpResponse.json({ text: " I feel lonely tonight. ", language_code: "eng", language_probability: 0.97, words: [] }),
    );
    const result = await transcribeAudio({ audio: makeWav(2), contentType: "audio/wav" });
    expect(result).toEqual({ text: "I feel lonely tonight.", language: "en", confidence: 0.97, provider: "elevenlabs-scribe" });
    expect(sent[0]?.headers.get("xi-api-key")).toBe("el-key");
    expect(sent[0]?.form.get("model_id")).toBe("scribe_v2");
    const file = sent[0]?.form.get("file") as File;
    expect(file.type).toBe("audio/wav");
    expect(file.size).toBe(makeWav(2).byteLength);
  });

  it("sends an OpenAI-compatible server multipart with the model and verbose_json, and reads its language", async () => {
    vi.stubEnv("TRANSCRIPTION_URL", "http://whisper.local/v1");
    resetConfig();
    const sent = capture("post", "http://whisper.local/v1/audio/transcriptions", () =>
      HttpResponse.json({ text: "Estoy muy feliz", language: "spanish", segments: [{ avg_logprob: -0.1 }] }),
    );
    const result = await transcribeAudio({ audio: makeWav(2), contentType: "audio/wav" });
    expect(result).toMatchObject({ text: "Estoy muy feliz", language: "es", provider: "openai-compatible" });
    expect(result?.confidence).toBeCloseTo(Math.exp(-0.1));
    expect(sent[0]?.form.get("model")).toBe("whisper-1");
    expect(sent[0]?.form.get("response_format")).toBe("verbose_json");
    expect(sent[0]?.headers.get("authorization")).toBeNull();
  });

  it("a clip uses the STT transcript; a failing provider falls back to the browser's", async () => {
    vi.stubEnv("ELEVENLABS_API_KEY", "el-key");
    resetConfig();
    const person = await connectPerson(database.db);
    capture("post", "https://api.elevenlabs.io/v1/speech-to-text", () => HttpResponse.json({ text: "I am anxious and worried", language_code: "en", language_probability: 0.9 }));
    const first = await (await uploadClip(person, { transcript: "browser words" })).json();
    await runQueuedWork();
    const read = await (await call(getClip, `/api/connect/clips/${first.id}`, { cookie: person.cookie }, { id: first.id })).json();
    expect(read).toMatchObject({ transcript: "I am anxious and worried", transcriptSource: "stt:elevenlabs-scribe", language: "en", topEmotions: ["anxious"] });

    network.use(http.post("https://api.elevenlabs.io/v1/speech-to-text", () => HttpResponse.json({}, { status: 500 })));
    const second = await (await uploadClip(person, { transcript: "I feel calm" })).json();
    await runQueuedWork();
    const fallback = await (await call(getClip, `/api/connect/clips/${second.id}`, { cookie: person.cookie }, { id: second.id })).json();
    expect(fallback).toMatchObject({ processingStatus: "completed", transcript: "I feel calm", transcriptSource: "browser" });
  });
});
