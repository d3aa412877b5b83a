import "server-only";
import { eq } from "drizzle-orm";
import { calls } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError, AppError } from "../../http";
import { publish } from "../../realtime/bus";
import { getConversationSignedUrl, isElevenLabsAgentConfigured } from "../../voice/elevenlabs";
import { getCallPersona, getOwnCall } from "./call-access";
import { failCall } from "./fail-call";
import { getPreferredLanguage } from "../../account/preferred-language";
import { buildPersonaPrompt } from "../mode-instructions";
import { createPersonaState } from "../persona/persona-engine";
import { insertTranscriptEntry } from "./transcript";
import { toPersonaProfile } from "../persona/persona-profile";
import type { CallMode } from "../types";

/** The voice agent's signed URL. Without one a call being started cannot begin, so it is marked
 * failed; a call reopened mid-way keeps its transcript and goes on in text. */
async function voiceAgentLink({ db, callId, starting }: { db: Db; callId: string; starting: boolean }) {
  try {
    return await getConversationSignedUrl();
  } catch (err) {
    const reason = err instanceof AppError ? err.message : "The voice agent could not be reached.";
    if (starting) await failCall({ db, callId, reason });
    throw err;
  }
}

/** Starts a pending call: an ElevenLabs agent conversation when configured (signed URL plus the
 * persona as overrides), otherwise browser mode, where the persona's first line is the first entry. */
export async function startCall({ db, userId, callId }: { db: Db; userId: string; callId: string }) {
  const call = await getOwnCall({ db, userId, callId });
  if (call.status === "completed") throw apiError("CONFLICT", "media.callAlreadyEnded");
  if (call.status === "failed") throw apiError("CONFLICT", "practice.startNew");
  const persona = toPersonaProfile(await getCallPersona({ db, call }));
  const mode = call.mode as CallMode;
  const { systemPrompt, firstMessage } = buildPersonaPrompt({ persona, mode, language: await getPreferredLanguage({ db, userId }) });
  const voiceMode = isElevenLabsAgentConfigured() ? "elevenlabs" : "browser";

  if (call.status === "pending") {
    await db
      .update(calls)
      .set({
        status: "active",
        voiceMode,
        startedAt: new Date(),
        personaState: createPersonaState({ persona, mode }) as unknown as Record<string, unknown>,
      })
      .where(eq(calls.id, call.id));
    await publish({ db, channel: `call:${call.id}`, type: "call.started", payload: { voiceMode } });
  }

  if (voiceMode === "elevenlabs") {
    const { signedUrl, conversationId } = await voiceAgentLink({ db, callId: call.id, starting: call.status === "pending" });
    if (conversationId) await db.update(calls).set({ conversationId }).where(eq(calls.id, call.id));
    return {
      callId: call.id,
      mode: "elevenlabs" as const,
      signedUrl,
      overrides: {
        agent: { prompt: { prompt: systemPrompt }, firstMessage, language: "en" },
        tts: { voiceId: persona.voiceId },
      },
    };
  }
  await insertTranscriptEntry({
    db,
    callId: call.id,
    entry: { role: "persona", content: firstMessage, timestampMs: 0, clientId: "persona-first-message" },
  });
  return { callId: call.id, mode: "browser" as const, firstMessage, personaName: persona.name };
}
