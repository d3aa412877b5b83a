import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { rowsOf } from "../../db/rows";
import { calls, transcriptEntries, type TranscriptEntry } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError } from "../../http";
import { loggedEvents, notifyLogged, publish, published } from "../../realtime/bus";
import { getOwnCall, getTranscriptEntries } from "./call-access";
import type { transcriptEntrySchema } from "../schemas";
import type { Speaker } from "../types";

// Lines bigger than this once escaped as JSON are announced by id only, and subscribers refetch the
// transcript; measured in bytes because the event must stay under the NOTIFY payload limit.
const INLINE_CONTENT_BYTES = 2_000;

export function toPublicEntry(e: Pick<TranscriptEntry, "id" | "role" | "content" | "timestampMs" | "clientId">) {
  return { id: e.id, role: e.role as Speaker, content: e.content, timestampMs: e.timestampMs, clientId: e.clientId };
}

export type PublicTranscriptEntry = ReturnType<typeof toPublicEntry>;

type EntryInput = z.infer<typeof transcriptEntrySchema>;

const APPENDED = "transcript.appended";

/** A transcript.appended payload: the public entry, its content left out when too big to send inline. */
function appendedPayload(entry: PublicTranscriptEntry) {
  const inline = Buffer.byteLength(JSON.stringify(entry.content)) <= INLINE_CONTENT_BYTES;
  return { ...entry, content: inline ? entry.content : null };
}

async function announce({ db, entry }: { db: Db; entry: TranscriptEntry }) {
  await publish({ db, channel: `call:${entry.callId}`, type: APPENDED, payload: appendedPayload(toPublicEntry(entry)) });
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

/** A line from the user into their own active call: one statement, the hot path of a live call,
 * checks ownership and status, inserts the line, logs its event and notifies, so the line and its
 * announcement commit together. Only when nothing was inserted do we ask why. */
export async function appendTranscript({ db, userId, callId, entry }: { db: Db; userId: string; callId: string; entry: EntryInput }) {
  const insert = db
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
    .returning({ id: transcriptEntries.id, callId: transcriptEntries.callId });
  // Only the id comes from the insert: it replaces the placeholder in the event's payload.
  const payload = appendedPayload(toPublicEntry({ ...entry, id: 0 }));
  const result = await db.execute(sql`
    with inserted as (${insert.getSQL()}),
    ${loggedEvents(sql`select 'call:' || call_id, ${APPENDED}, ${JSON.stringify(payload)}::jsonb || jsonb_build_object('id', id) from inserted`)}
    select inserted.id, inserted.call_id, logged.id as event_id, ${notifyLogged} from inserted cross join logged`);
  const [row] = rowsOf<{ id: number | string; call_id: string; event_id: number | string }>(result);
  if (row) {
    const id = Number(row.id);
    published({ id: Number(row.event_id), channel: `call:${row.call_id}`, type: APPENDED, payload: { ...payload, id } });
    return { entry: toPublicEntry({ ...entry, id }), created: true };
  }
  const call = await getOwnCall({ db, userId, callId });
  const existing = await existingEntry({ db, callId, clientId: entry.clientId });
  if (existing) return { entry: toPublicEntry(existing), created: false };
  throw apiError("CONFLICT", call.status === "pending" ? "practice.startFirst" : "media.callEnded");
}

export async function getTranscript({ db, userId, callId }: { db: Db; userId: string; callId: string }) {
  await getOwnCall({ db, userId, callId });
  return (await getTranscriptEntries({ db, callId })).map(toPublicEntry);
}
