import "server-only";
import { and, eq, like } from "drizzle-orm";
import { z } from "zod";
import { calls, transcriptEntries, webhookDeliveries } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError } from "../../http";
import { verifyElevenLabsSignature } from "../../voice/elevenlabs-signature";
import { insertTranscriptEntry } from "./transcript";

const postCallTranscription = z.object({
  type: z.literal("post_call_transcription"),
  event_timestamp: z.number(),
  data: z.object({
    conversation_id: z.string(),
    transcript: z.array(
      z.object({
        role: z.enum(["user", "agent"]),
        message: z.string().nullish(),
        time_in_call_secs: z.number().nonnegative(),
      }),
    ),
  }),
});

/** Lines the call page posts while an ElevenLabs conversation is live (hooks/use-elevenlabs-call.ts). */
const LIVE_CLIENT_ID_PATTERN = "el-%";

export type ElevenLabsOutcome = "reconciled" | "duplicate" | "ignored";

/** Verifies an ElevenLabs post-call webhook and reconciles its full transcript into the call with
 * that conversation id: ElevenLabs' transcript is the record, so it replaces the lines the browser
 * posted live (clientId "el-…"). Lines are keyed by their position, so a replay adds nothing. */
export async function handleElevenLabsWebhook({
  db,
  secret,
  payload,
  signature,
}: {
  db: Db;
  secret: string;
  payload: string;
  signature: string | null;
}): Promise<ElevenLabsOutcome> {
  verifyElevenLabsSignature({ secret, payload, header: signature });
  const event = postCallTranscription.safeParse(parseJson(payload));
  if (!event.success) return "ignored";
  const { conversation_id: conversationId, transcript } = event.data.data;
  const [call] = await db.select({ id: calls.id }).from(calls).where(eq(calls.conversationId, conversationId));
  if (!call) return "ignored";
  // One transaction: the delivery is recorded only if every line lands with it, so a failure part-way
  // leaves the call as it was and the sender's retry applies the transcript in full.
  return db.transaction(async (tx) => {
    const recorded = await tx
      .insert(webhookDeliveries)
      .values({ source: "elevenlabs", deliveryId: `${conversationId}:${event.data.event_timestamp}`, eventType: event.data.type })
      .onConflictDoNothing()
      .returning();
    if (recorded.length === 0) return "duplicate";
    await tx
      .delete(transcriptEntries)
      .where(and(eq(transcriptEntries.callId, call.id), like(transcriptEntries.clientId, LIVE_CLIENT_ID_PATTERN)));
    for (const [index, line] of transcript.entries()) {
      const content = storableText(line.message ?? "").trim();
      if (!content) continue;
      await insertTranscriptEntry({
        db: tx as unknown as Db,
        callId: call.id,
        entry: {
          role: line.role === "user" ? "rep" : "persona",
          content: content.slice(0, 10_000),
          timestampMs: Math.round(line.time_in_call_secs * 1000),
          clientId: `elevenlabs-${index}`,
        },
      });
    }
    return "reconciled" as const;
  });
}

function parseJson(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch {
    throw apiError("VALIDATION_ERROR", "common.webhookNotJson");
  }
}

/** The vendor's text, minus what Postgres cannot store (NUL, unpaired surrogates): a transcript
 * line is kept rather than the whole delivery refused. */
function storableText(text: string): string {
  return text.replaceAll("\u0000", "").toWellFormed();
}
