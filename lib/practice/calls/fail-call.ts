import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { calls } from "../../db/schema";
import type { Db } from "../../db/types";
import { publish } from "../../realtime/bus";

/** Marks a call that cannot be started or continued as failed, with the reason the user is shown.
 * Only a pending or active call can fail; an ended one keeps its result. */
export async function failCall({ db, callId, reason, now = new Date() }: { db: Db; callId: string; reason: string; now?: Date }) {
  const [row] = await db
    .update(calls)
    .set({ status: "failed", failureReason: reason, endedAt: now })
    .where(and(eq(calls.id, callId), inArray(calls.status, ["pending", "active"])))
    .returning({ id: calls.id });
  if (row) await publish({ db, channel: `call:${callId}`, type: "call.failed", payload: { reason } });
  return Boolean(row);
}
