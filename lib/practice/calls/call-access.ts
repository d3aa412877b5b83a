import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { calls, personas, transcriptEntries, type Call } from "../../db/schema";
import type { Db } from "../../db/types";
import { notFound } from "../../http";
import type { TranscriptLine } from "../types";

/** The user's own call; 404 for anyone else's, whether or not it exists. */
export async function getOwnCall({ db, userId, callId }: { db: Db; userId: string; callId: string }): Promise<Call> {
  const [call] = await db.select().from(calls).where(and(eq(calls.id, callId), eq(calls.userId, userId)));
  if (!call) throw notFound("call");
  return call;
}

export async function getCallPersona({ db, call }: { db: Db; call: Call }) {
  const [persona] = await db.select().from(personas).where(eq(personas.id, call.personaId));
  if (!persona) throw notFound("persona");
  return persona;
}

export async function getTranscriptEntries({ db, callId }: { db: Db; callId: string }) {
  return db
    .select()
    .from(transcriptEntries)
    .where(eq(transcriptEntries.callId, callId))
    .orderBy(asc(transcriptEntries.timestampMs), asc(transcriptEntries.id));
}

export async function getTranscriptLines({ db, callId }: { db: Db; callId: string }): Promise<TranscriptLine[]> {
  const rows = await getTranscriptEntries({ db, callId });
  return rows.map((r) => ({ role: r.role as TranscriptLine["role"], content: r.content, timestampMs: r.timestampMs }));
}
