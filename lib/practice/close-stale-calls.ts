import "server-only";
import { and, eq, lt } from "drizzle-orm";
import { calls } from "../db/schema";
import type { Db } from "../db/types";
import { getTranscriptLines } from "./call-access";
import { completeCall } from "./end-call";
import { scoreCallDeep } from "./score-call";

export const STALE_CALL_MS = 2 * 60 * 60_000;

/** Ends calls left active for over two hours (a closed tab, a lost connection). A call lasts until
 * its last transcript line, not until we noticed it, so that is its duration and its end; it is then
 * scored like a call the rep ended, or left unscored when it is too short. */
export async function closeStaleCalls({ db, now = new Date() }: { db: Db; now?: Date }): Promise<number> {
  const stale = await db
    .select()
    .from(calls)
    .where(and(eq(calls.status, "active"), lt(calls.startedAt, new Date(now.getTime() - STALE_CALL_MS))));
  for (const call of stale) {
    const transcript = await getTranscriptLines({ db, callId: call.id });
    const durationMs = transcript.at(-1)?.timestampMs ?? 0;
    const endedAt = new Date(call.startedAt!.getTime() + durationMs);
    const { tooShort } = await completeCall({ db, call, transcript, durationMs, now: endedAt });
    if (!tooShort) await scoreCallDeep({ db, userId: call.userId, callId: call.id });
  }
  return stale.length;
}
