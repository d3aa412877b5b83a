import "server-only";
import { getConfig } from "../config";
import { apiError } from "../http";
import type { SleepFn } from "./elevenlabs";

// ElevenLabs text-to-speech: POST /v1/text-to-speech/{voice_id} answers with the audio itself.
const API = "https://api.elevenlabs.io";
export const TTS_MODEL = "eleven_flash_v2_5";
export const TTS_FORMAT = "mp3_44100_128";
const RETRY_DELAYS_MS = [1_000, 2_000];
const wait: SleepFn = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function isElevenLabsTtsConfigured(): boolean {
  return Boolean(getConfig().env.ELEVENLABS_API_KEY);
}

/** Speaks `text` in the voice; resolves to the audio response (mp3) to pass on as it arrives.
 * Retries 2× (1 s, 2 s) on 429/5xx and network errors, as ARCHITECTURE §6 asks. */
export async function synthesizeSpeech({ text, voiceId, sleep = wait }: { text: string; voiceId: string; sleep?: SleepFn }): Promise<Response> {
  const key = getConfig().env.ELEVENLABS_API_KEY;
  if (!key) throw apiError("CONFLICT", "voice.ttsOff", { details: { fallback: "browser" } });
  const url = new URL(`/v1/text-to-speech/${encodeURIComponent(voiceId)}`, API);
  url.searchParams.set("output_format", TTS_FORMAT);
  let lastStatus = 0;
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    if (attempt > 0) await sleep(RETRY_DELAYS_MS[attempt - 1]!);
    const res = await fetch(url, {
      method: "POST",
      headers: { "xi-api-key": key, "content-type": "application/json", accept: "audio/mpeg" },
      body: JSON.stringify({ text, model_id: TTS_MODEL }),
    }).catch(() => null);
    if (res?.ok && res.body) return res;
    lastStatus = res?.status ?? 0;
    // Not awaited: the error body is of no use, and cancelling must not hold up the retry.
    res?.body?.cancel().catch(() => {});
    if (res && res.status < 500 && res.status !== 429) break;
  }
  throw apiError("EXTERNAL_SERVICE_ERROR", "voice.ttsFailed", { details: { status: lastStatus, fallback: "browser" } });
}
