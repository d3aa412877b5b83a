import "server-only";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { transcriptEntries, type TranscriptEntry } from "../db/schema";
import type { Db } from "../db/types";
import { AppError } from "../http";
import { publish } from "../realtime/bus";
import { getOwnCall, getTranscriptEntries } from "./call-access";
import type { transcriptEntrySchema } from "./schemas";
import type { Speaker } from "./types";

// Lines longer than this are announced by id only; subscribers refetch the transcript.
const INLINE_CONTENT_CHARS = 1_000;

export function toPublicEntry(e: TranscriptEntry) {
  return { id: e.id, role: e.role as Speaker, content: e.content, timestampMs: e.timestampMs, clientId: e.clientId };
}

export type PublicTranscriptEntry = ReturnType<typeof toPublicEntry>;

/** Inserts a line once per clientId and tells the call's subscribers; a repeat returns the first. */
export async function insertTranscriptEntry({
  db,
  callId,
  entry,
}: {
  db: Db;
  callId: string;
  entry: z.infer<typeof transcriptEntrySchema>;
}) {
  const [inserted] = await db
    .insert(transcriptEntries)
    .values({ callId, ...entry })
    .onConflictDoNothing({ target: [transcriptEntries.callId, transcriptEntries.clientId] })
    .returning();
  if (!inserted) {
    const [existing] = await db
      .select()
      .from(transcriptEntries)
      .where(and(eq(transcriptEntries.callId, callId), eq(transcriptEntries.clientId, entry.clientId)));
    return { entry: toPublicEntry(existing!), created: false };
  }
  const inline = inserted.content.length <= INLINE_CONTENT_CHARS;
  await publish({
    db,
    channel: `call:${callId}`,
    type: "transcript.appended",
    payload: { ...toPublicEntry(inserted), content: inline ? inserted.content : null },
  });
  return { entry: toPublicEntry(inserted), created: true };
}

export async function appendTranscript({
  db,
  userId,
  callId,
  entry,
}: {
  db: Db;
  userId: string;
  callId: string;
  entry: z.infer<typeof transcriptEntrySchema>;
}) {
  const call = await getOwnCall({ db, userId, callId });
  if (call.status !== "active") {
    throw new AppError("CONFLICT", call.status === "pending" ? "Start the call first." : "This call has ended.");
  }
  return insertTranscriptEntry({ db, callId, entry });
}

export async function getTranscript({ db, userId, callId }: { db: Db; userId: string; callId: string }) {
  await getOwnCall({ db, userId, callId });
  return (await getTranscriptEntries({ db, callId })).map(toPublicEntry);
}
