import "server-only";
import { asc, eq } from "drizzle-orm";
import { callHints } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError } from "../../http";
import { getCallPersona, getOwnCall, getTranscriptLines } from "../calls/call-access";
import { suggestNextMove } from "./next-move";

export type PublicHint = { id: string; kind: string; text: string; atLine: number; createdAt: string };

/** The next move for a live call, from the built-in coach, recorded for the debrief. */
export async function requestHint({ db, userId, callId }: { db: Db; userId: string; callId: string }): Promise<PublicHint> {
  const call = await getOwnCall({ db, userId, callId });
  if (call.status !== "active") throw apiError("CONFLICT", "practice.hintsLive");
  const [transcript, persona] = await Promise.all([getTranscriptLines({ db, callId }), getCallPersona({ db, call })]);
  const hint = suggestNextMove({ transcript, hiddenPains: persona.hiddenPains });
  const [row] = await db.insert(callHints).values({ callId, kind: hint.kind, text: hint.text, atLine: transcript.length }).returning();
  return { id: row!.id, kind: row!.kind, text: row!.text, atLine: row!.atLine, createdAt: row!.createdAt.toISOString() };
}

export async function listHints({ db, callId }: { db: Db; callId: string }): Promise<PublicHint[]> {
  const rows = await db.select().from(callHints).where(eq(callHints.callId, callId)).orderBy(asc(callHints.createdAt));
  return rows.map((row) => ({ id: row.id, kind: row.kind, text: row.text, atLine: row.atLine, createdAt: row.createdAt.toISOString() }));
}
