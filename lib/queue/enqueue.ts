import "server-only";
import { deliveryJobs } from "../db/schema";
import type { Db } from "../db/types";

/** Queues one job; a second enqueue with the same key is a no-op, so a message is queued once
 * however often its cause runs. Returns whether this call queued it. */
export async function enqueue({
  db,
  type,
  key,
  payload,
  runAt = new Date(),
}: {
  db: Db;
  type: string;
  key: string;
  payload: Record<string, unknown>;
  runAt?: Date;
}): Promise<boolean> {
  const rows = await db
    .insert(deliveryJobs)
    .values({ type, key, payload, runAt })
    .onConflictDoNothing({ target: deliveryJobs.key })
    .returning({ id: deliveryJobs.id });
  return rows.length > 0;
}
