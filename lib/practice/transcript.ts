import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { calls, transcriptEntries, type TranscriptEntry } from "../db/schema";
import type { Db } from "../db/types";
import { AppError } from "../http";
import { publish } from "../realtime/bus";
import { getOwnCall, getTranscriptEntries } from "./call-access";
import type { transcriptEntrySchema } from "./schemas";
import type { Speaker } from "./types";

// Lines bigger than this once escaped as JSON are announced by id only, and subscribers refetch the
// transcript; measured in bytes because the event must stay under the NOTIFY payload limit.
const INLINE_CONTENT_BYTES = 2_000;

export function toPublicEntry(e: TranscriptEntry) {
  return { id: e.id, role: e.role as Speaker, content: e.content, timestampMs: e.timestampMs, clientId: e.clientId };
}

export type PublicTranscriptEntry = ReturnType<typeof toPublicEntry>;

type EntryInput = z.infer<typeof transcriptEntrySchema>;

async function announce({ db, entry }: { db: Db; entry: TranscriptEntry }) {
  const inline = Buffer.byteLength(JSON.stringify(entry.content)) <= INLINE_CONTENT_BYTES;
  await publish({
    db,
    channel: `call:${entry.callId}`,
    type: "transcript.appended",
    payload: { ...toPublicEntry(entry), content: inline ? entry.content : null },
  });
}

async function existingEntry({ db, callId, clientId }: { db: Db; callId: string; clientId: string }) {
  const [existing] = await db
    .select()
    .from(transcriptEntries)
    .where(and(eq(transcriptEntries.callId, callId), eq(transcriptEntries.clientId, clientId)));
  return existing;
}

/** Inserts a line once per clientId and tells the call's subscribers; a repeat returns the first. */
export async function insertTranscriptEntry({ db, callId, entry }: { db: Db; callId: string; entry: EntryInput }) {
  const [inserted] = await db
    .insert(transcriptEntries)
    .values({ callId, ...entry })
    .onConflictDoNothing({ target: [transcriptEntries.callId, transcriptEntries.clientId] })
    .returning();
  if (!inserted) return { entry: toPublicEntry((await existingEntry({ db, callId, clientId: entry.clientId }))!), created: false };
  await announce({ db, entry: inserted });
  return { entry: toPublicEntry(inserted), created: true };
}

/** A line from the user into their own active call. The ownership and status check rides in the
 * insert itself (the hot path of a live call); only when nothing was inserted do we ask why. */
export async function appendTranscript({ db, userId, callId, entry }: { db: Db; userId: string; callId: string; entry: EntryInput }) {
  const [inserted] = await db
    .insert(transcriptEntries)
    .select(
      db
        // Drizzle wants every column, in table order, for an insert … select.
        .select({
          id: sql<number>`nextval('transcript_entries_id_seq')`.as("id"),
          callId: calls.id,
          role: sql<string>`${entry.role}::text`.as("role"),
          content: sql<string>`${entry.content}::text`.as("content"),
          timestampMs: sql<number>`${entry.timestampMs}::integer`.as("timestamp_ms"),
          clientId: sql<string>`${entry.clientId}::text`.as("client_id"),
          createdAt: sql<Date>`now()`.as("created_at"),
        })
        .from(calls)
        .where(and(eq(calls.id, callId), eq(calls.userId, userId), eq(calls.status, "active"))),
    )
    .onConflictDoNothing({ target: [transcriptEntries.callId, transcriptEntries.clientId] })
    .returning();
  if (inserted) {
    await announce({ db, entry: inserted });
    return { entry: toPublicEntry(inserted), created: true };
  }
  const call = await getOwnCall({ db, userId, callId });
  const existing = await existingEntry({ db, callId, clientId: entry.clientId });
  if (existing) return { entry: toPublicEntry(existing), created: false };
  throw new AppError("CONFLICT", call.status === "pending" ? "Start the call first." : "This call has ended.");
}

export async function getTranscript({ db, userId, callId }: { db: Db; userId: string; callId: string }) {
  await getOwnCall({ db, userId, callId });
  return (await getTranscriptEntries({ db, callId })).map(toPublicEntry);
}
