import "server-only";
import { eq } from "drizzle-orm";
import { streamText, type TextStream } from "../../ai/llm";
import { calls } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError } from "../../http";
import { getCallPersona, getOwnCall, getTranscriptLines } from "../calls/call-access";
import type { PersonaReplyContext } from "../engine-context";
import type { PersonaState } from "./persona-engine";
import "../engines";
import { endCall } from "../calls/end-call";
import { getPreferredLanguage } from "../../account/preferred-language";
import { buildPersonaPrompt } from "../mode-instructions";
import { toPersonaProfile } from "./persona-profile";
import { scoreCallDeep } from "../rubric/score-call";
import { insertTranscriptEntry } from "../calls/transcript";
import type { CallMode } from "../types";

/** The persona's next line, streamed as it is produced (LLM task "persona-reply", or the offline
 * persona engine). `persist` stores the finished line as a transcript entry, keeps the engine's
 * state, and when the persona hung up ends the call and scores it, as the rep ending it would;
 * run it once the stream has been read. */
export async function replyAsPersona({ db, userId, callId }: { db: Db; userId: string; callId: string }) {
  const call = await getOwnCall({ db, userId, callId });
  if (call.status !== "active") throw apiError("CONFLICT", "practice.notInProgress");
  const persona = toPersonaProfile(await getCallPersona({ db, call }));
  const mode = call.mode as CallMode;
  const transcript = await getTranscriptLines({ db, callId });
  const context: PersonaReplyContext = { persona, mode, state: call.personaState as unknown as PersonaState, transcript };
  const stream: TextStream = await streamText({
    db,
    userId,
    task: "persona-reply",
    system: buildPersonaPrompt({ persona, mode, language: await getPreferredLanguage({ db, userId }) }).systemPrompt,
    messages: transcript.map((l) => ({ role: l.role === "rep" ? "user" : "assistant", content: l.content })),
    temperature: 0.8,
    context,
  });

  const persist = async () => {
    const summary = await stream.summary;
    const text = summary.text.trim();
    // Time into the call when the line finished, never before the line it answers.
    const elapsedMs = call.startedAt ? Date.now() - call.startedAt.getTime() : 0;
    const timestampMs = Math.max((transcript.at(-1)?.timestampMs ?? 0) + 1, elapsedMs);
    if (text) {
      await insertTranscriptEntry({
        db,
        callId,
        entry: { role: "persona", content: text, timestampMs, clientId: `persona-${transcript.length}` },
      });
    }
    if (context.outcome) {
      await db
        .update(calls)
        .set({ personaState: context.outcome.state as Record<string, unknown> })
        .where(eq(calls.id, callId));
    }
    const hungUp = Boolean(context.outcome?.turn.hangUp);
    if (hungUp) {
      await endCall({ db, userId, callId });
      await scoreCallDeep({ db, userId, callId });
    }
    return { hungUp, agreedNextStep: Boolean(context.outcome?.turn.agreedNextStep) };
  };
  return { stream, persist };
}
