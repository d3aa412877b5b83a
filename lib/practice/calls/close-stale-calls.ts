import "server-only";
import { and, eq, lt } from "drizzle-orm";
import { calls, type Call } from "../../db/schema";
import type { Db } from "../../db/types";
import { log } from "../../log";
import { getTranscriptLines } from "./call-access";
import { completeCall } from "./end-call";
import { scoreCallDeep } from "../rubric/score-call";

export const STALE_CALL_MS = 2 * 60 * 60_000;

// A call lasts until its last transcript line, not until we noticed it, so that line's time is its
// duration and its end.
async function closeStaleCall({ db, call }: { db: Db; call: Call }) {
  const transcript = await getTranscriptLines({ db, callId: call.id });
  const durationMs = transcript.at(-1)?.timestampMs ?? 0;
  const endedAt = new Date(call.startedAt!.getTime() + durationMs);
  const { tooShort } = await completeCall({ db, call, transcript, durationMs, now: endedAt });
  if (!tooShort) await scoreCallDeep({ db, userId: call.userId, callId: call.id });
}

/** Ends calls left active for over two hours (a closed tab, a lost connection) and scores them like a
 * call the rep ended, or leaves them unscored when too short. Returns how many it closed; one that
 * fails (or that its rep ended meanwhile) is logged and skipped, never holding up the others. */
export async function closeStaleCalls({ db, now = new Date() }: { db: Db; now?: Date }): Promise<number> {
  const stale = await db
    .select()
    .from(calls)
    .where(and(eq(calls.status, "active"), lt(calls.startedAt, new Date(now.getTime() - STALE_CALL_MS))));
  let closed = 0;
  for (const call of stale) {
    try {
      await closeStaleCall({ db, call });
      closed += 1;
    } catch (err) {
      log.error({ err, callId: call.id }, "closing a stale call failed");
    }
  }
  return closed;
}
