import "server-only";
import { eq } from "drizzle-orm";
import { coachProfiles } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError } from "../../http";
import { isElevenLabsTtsConfigured, synthesizeSpeech } from "../../voice/elevenlabs-tts";
import type { SleepFn } from "../../voice/elevenlabs";

/** ElevenLabs' premade "Rachel", on every account: the coach's voice until the user picks one. */
export const DEFAULT_COACH_VOICE_ID = "21m00Tcm4TlvDq8ikWAM";

/** The coach's answer as speech, in the voice asked for, else the user's chosen coach voice. Without
 * ElevenLabs this is a 409 telling the browser to speak it itself. */
export async function speakCoachAnswer({
  db,
  userId,
  text,
  voiceId,
  sleep,
}: {
  db: Db;
  userId: string;
  text: string;
  voiceId?: string;
  sleep?: SleepFn;
}): Promise<Response> {
  if (!isElevenLabsTtsConfigured()) {
    throw apiError("CONFLICT", "coach.ttsOff", { details: { fallback: "browser" } });
  }
  const [profile] = await db.select({ voiceId: coachProfiles.voiceId }).from(coachProfiles).where(eq(coachProfiles.userId, userId));
  const voice = voiceId ?? profile?.voiceId ?? DEFAULT_COACH_VOICE_ID;
  const audio = await synthesizeSpeech({ text, voiceId: voice, sleep });
  return new Response(audio.body, {
    headers: { "content-type": audio.headers.get("content-type") ?? "audio/mpeg", "cache-control": "no-store", "x-coach-voice-id": voice },
  });
}
