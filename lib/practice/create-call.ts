import "server-only";
import { calls, type Call } from "../db/schema";
import type { Db } from "../db/types";
import { getPersonaForUser } from "./personas";
import type { CallMode } from "./types";

export function toPublicCall(call: Call) {
  return {
    id: call.id,
    personaId: call.personaId,
    mode: call.mode as CallMode,
    status: call.status,
    failureReason: call.failureReason,
    title: call.title,
    notes: call.notes,
    voiceMode: call.voiceMode,
    source: call.source,
    startedAt: call.startedAt?.toISOString() ?? null,
    endedAt: call.endedAt?.toISOString() ?? null,
    durationSeconds: call.durationSeconds,
    quickScore: call.quickScore,
    scoreStatus: call.scoreStatus,
    createdAt: call.createdAt.toISOString(),
  };
}

export type PublicCall = ReturnType<typeof toPublicCall>;

export async function createCall({
  db,
  userId,
  mode,
  personaId,
}: {
  db: Db;
  userId: string;
  mode: CallMode;
  personaId: string;
}): Promise<PublicCall> {
  await getPersonaForUser({ db, userId, personaId });
  const [call] = await db.insert(calls).values({ userId, personaId, mode }).returning();
  if (!call) throw new Error("call insert returned no row");
  return toPublicCall(call);
}
