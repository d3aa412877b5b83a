import "server-only";
import { getConfig } from "../config";
import { apiError } from "../http";

const API = "https://api.elevenlabs.io";
const RETRY_DELAYS_MS = [1_000, 2_000];

export type SleepFn = (ms: number) => Promise<void>;
const wait: SleepFn = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function isElevenLabsAgentConfigured(): boolean {
  const { env } = getConfig();
  return Boolean(env.ELEVENLABS_API_KEY && env.ELEVENLABS_AGENT_ID);
}

/** A short-lived URL the browser uses to open the agent conversation; the API key stays here.
 * Retries 2× (1 s, 2 s) on 429/5xx and network errors, as ARCHITECTURE §6 asks. */
export async function getConversationSignedUrl({ sleep = wait }: { sleep?: SleepFn } = {}): Promise<{
  signedUrl: string;
  conversationId: string | null;
}> {
  const { env } = getConfig();
  if (!env.ELEVENLABS_API_KEY || !env.ELEVENLABS_AGENT_ID) {
    throw apiError("EXTERNAL_SERVICE_ERROR", "voice.elevenLabsOff");
  }
  const url = new URL("/v1/convai/conversation/get-signed-url", API);
  url.searchParams.set("agent_id", env.ELEVENLABS_AGENT_ID);
  // The conversation id links ElevenLabs' post-call webhook back to our call.
  url.searchParams.set("include_conversation_id", "true");
  let lastStatus = 0;
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    if (attempt > 0) await sleep(RETRY_DELAYS_MS[attempt - 1]!);
    const res = await fetch(url, { headers: { "xi-api-key": env.ELEVENLABS_API_KEY } }).catch(() => null);
    if (res?.ok) {
      const body = (await res.json()) as { signed_url?: string; conversation_id?: string };
      if (body.signed_url) return { signedUrl: body.signed_url, conversationId: body.conversation_id ?? null };
    }
    lastStatus = res?.status ?? 0;
    if (res && res.status < 500 && res.status !== 429 && !res.ok) break;
  }
  throw apiError("EXTERNAL_SERVICE_ERROR", "voice.noConversationLink", { details: { status: lastStatus } });
}
