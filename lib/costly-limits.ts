import "server-only";
import { getConfig, type Env } from "./config";
import type { Db } from "./db/types";
import { consume } from "./rate-limit";

// Per-user, per-minute limits on the routes that spend vendor money (LLM and TTS calls), so one
// account cannot run up the bill. Generous enough for real use; each is set by its env variable.

export const COSTLY_ACTIONS = {
  "persona.generate": "RATE_LIMIT_PERSONA_GENERATE_PER_MINUTE",
  "persona.reply": "RATE_LIMIT_PERSONA_REPLY_PER_MINUTE",
  "coach.chat": "RATE_LIMIT_COACH_CHAT_PER_MINUTE",
  "coach.tts": "RATE_LIMIT_COACH_TTS_PER_MINUTE",
  "score.retry": "RATE_LIMIT_SCORE_RETRY_PER_MINUTE",
  translate: "RATE_LIMIT_TRANSLATE_PER_MINUTE",
  "chat.message": "RATE_LIMIT_CHAT_MESSAGE_PER_MINUTE",
  "voice.transcribe": "RATE_LIMIT_VOICE_TRANSCRIBE_PER_MINUTE",
} as const satisfies Record<string, keyof Env>;

export type CostlyAction = keyof typeof COSTLY_ACTIONS;

const MINUTE_MS = 60_000;

/** Counts one costly request for the user, or throws RATE_LIMITED (429 with Retry-After) when the
 * user has used up this minute's allowance; a refused request is not counted. */
export async function limitCostlyRequest({ db, userId, action }: { db: Db; userId: string; action: CostlyAction }): Promise<void> {
  const limit = getConfig().env[COSTLY_ACTIONS[action]];
  await consume({ db, key: `costly:${action}:user:${userId}`, limit, windowMs: MINUTE_MS });
}
