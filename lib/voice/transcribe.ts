import "server-only";
import { getConfig } from "../config";

// Speech-to-text for recorded clips: ElevenLabs Scribe (POST /v1/speech-to-text, model scribe_v2)
// when ELEVENLABS_API_KEY is set, else an OpenAI-compatible POST {TRANSCRIPTION_URL}/audio/transcriptions
// (OpenAI itself, or a local Whisper server); with neither, null and the browser's transcript stands.

export type Transcription = { text: string; language: string | null; confidence: number | null; provider: string };

export type TranscribeInput = { audio: Uint8Array; contentType: string; language?: string | null; fetch?: typeof fetch };

export class TranscriptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TranscriptionError";
  }
}

const ELEVENLABS_URL = "https://api.elevenlabs.io/v1/speech-to-text";
export const SCRIBE_MODEL = "scribe_v2";

// Whisper's verbose_json names the language in English words; our rows keep ISO 639-1 codes.
const LANGUAGE_NAMES: Record<string, string> = {
  english: "en", spanish: "es", french: "fr", german: "de", italian: "it", portuguese: "pt", dutch: "nl",
  polish: "pl", russian: "ru", japanese: "ja", chinese: "zh", korean: "ko", arabic: "ar", hindi: "hi", turkish: "tr",
};

export function normaliseLanguage(language: string | null | undefined): string | null {
  if (!language) return null;
  const lower = language.trim().toLowerCase();
  return LANGUAGE_NAMES[lower] ?? (/^[a-z]{2,3}(-[a-z]{2})?$/.test(lower) ? lower.slice(0, 2) : null);
}

function audioForm(audio: Uint8Array, contentType: string): FormData {
  const form = new FormData();
  const extension = contentType.includes("webm") ? "webm" : contentType.includes("mp4") ? "m4a" : "wav";
  form.append("file", new Blob([audio as BlobPart], { type: contentType }), `clip.${extension}`);
  return form;
}

async function transcribeWithScribe(key: string, { audio, contentType, language, fetch: doFetch = fetch }: TranscribeInput): Promise<Transcription> {
  const form = audioForm(audio, contentType);
  form.append("model_id", SCRIBE_MODEL);
  if (language) form.append("language_code", language);
  const response = await doFetch(ELEVENLABS_URL, { method: "POST", headers: { "xi-api-key": key }, body: form });
  if (!response.ok) throw new TranscriptionError(`ElevenLabs Scribe answered HTTP ${response.status}`);
  const body = (await response.json()) as { text?: string; language_code?: string; language_probability?: number };
  if (typeof body.text !== "string") throw new TranscriptionError("ElevenLabs Scribe sent no text");
  return { text: body.text.trim(), language: normaliseLanguage(body.language_code), confidence: body.language_probability ?? null, provider: "elevenlabs-scribe" };
}

type WhisperBody = { text?: string; language?: string; segments?: { avg_logprob?: number }[] };

async function transcribeOpenAiCompatible(
  base: string,
  { key, model }: { key?: string; model: string },
  { audio, contentType, language, fetch: doFetch = fetch }: TranscribeInput,
): Promise<Transcription> {
  const form = audioForm(audio, contentType);
  form.append("model", model);
  // gpt-4o transcribe models only answer plain json (no language); whisper models give verbose_json.
  form.append("response_format", model.startsWith("gpt-") ? "json" : "verbose_json");
  if (language) form.append("language", language);
  const headers: Record<string, string> = key ? { authorization: `Bearer ${key}` } : {};
  const response = await doFetch(`${base.replace(/\/+$/, "")}/audio/transcriptions`, { method: "POST", headers, body: form });
  if (!response.ok) throw new TranscriptionError(`The transcription server answered HTTP ${response.status}`);
  const body = (await response.json()) as WhisperBody;
  if (typeof body.text !== "string") throw new TranscriptionError("The transcription server sent no text");
  const logprobs = (body.segments ?? []).map((s) => s.avg_logprob).filter((v): v is number => typeof v === "number");
  const confidence = logprobs.length ? Math.exp(logprobs.reduce((a, b) => a + b, 0) / logprobs.length) : null;
  return { text: body.text.trim(), language: normaliseLanguage(body.language) ?? language ?? null, confidence, provider: "openai-compatible" };
}

/** The clip's transcript from the configured provider, or null when none is configured. */
export async function transcribeAudio(input: TranscribeInput): Promise<Transcription | null> {
  const { env } = getConfig();
  if (env.ELEVENLABS_API_KEY) return transcribeWithScribe(env.ELEVENLABS_API_KEY, input);
  if (env.TRANSCRIPTION_URL) {
    return transcribeOpenAiCompatible(env.TRANSCRIPTION_URL, { key: env.TRANSCRIPTION_API_KEY, model: env.TRANSCRIPTION_MODEL }, input);
  }
  return null;
}
