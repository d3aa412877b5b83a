import "server-only";
import { sql } from "drizzle-orm";
import pLimit from "p-limit";
import { rowsOf } from "../db/rows";
import type { Db } from "../db/types";
import { log } from "../log";

/** A handler finishes its job by returning; `{ holdUntil }` puts it back for later without using up
 * an attempt (quiet hours); throwing retries with backoff until the attempts run out. */
export type JobOutcome = void | { holdUntil: Date };
export type ClaimedJob = { id: number; type: string; key: string; payload: Record<string, unknown>; attempts: number; maxAttempts: number };
export type JobHandler = (args: { db: Db; job: ClaimedJob; now: Date }) => Promise<JobOutcome>;

export const LOCK_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;

/** 30 s, 1 min, 2 min, … up to an hour after the nth failed attempt. */
export function backoffMs(attempt: number): number {
  return Math.min(MAX_BACKOFF_MS, 30_000 * 2 ** Math.max(0, attempt - 1));
}

// Claiming bumps locked_until inside the same statement that skips rows another instance holds, so
// two instances draining at once never take the same job. A crash mid-job frees it after LOCK_MS.
// Raw statements take times as ISO text: postgres-js refuses Date parameters in sql``.
const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

async function claim(db: Db, now: Date, limit: number): Promise<ClaimedJob[]> {
  const result = await db.execute(sql`
    update delivery_jobs set attempts = attempts + 1, locked_until = ${at(new Date(now.getTime() + LOCK_MS))}
    where id in (
      select id from delivery_jobs
      where state = 'pending' and run_at <= ${at(now)} and (locked_until is null or locked_until < ${at(now)})
      order by run_at, id
      limit ${limit}
      for update skip locked
    )
    returning id, type, key, payload, attempts, max_attempts`);
  return rowsOf<{ id: number | string; type: string; key: string; payload: Record<string, unknown>; attempts: number; max_attempts: number }>(
    result,
  ).map((r) => ({ id: Number(r.id), type: r.type, key: r.key, payload: r.payload, attempts: r.attempts, maxAttempts: r.max_attempts }));
}

/** Finished jobs are marked in one statement per batch; the other outcomes one by one (they are rare). */
async function markDone(db: Db, ids: number[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(sql`
    update delivery_jobs set state = 'sent', locked_until = null, finished_at = ${at(now)}
    where id in (select (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::bigint)`);
}

async function settle(db: Db, job: ClaimedJob, outcome: JobOutcome | Error, now: Date): Promise<"done" | "held" | "retried" | "failed"> {
  if (outcome instanceof Error) {
    const failed = job.attempts >= job.maxAttempts;
    const retryAt = new Date(now.getTime() + backoffMs(job.attempts));
    await db.execute(sql`
      update delivery_jobs set locked_until = null, last_error = ${outcome.message.slice(0, 500)},
        state = ${failed ? "failed" : "pending"}, run_at = ${at(failed ? now : retryAt)},
        finished_at = ${failed ? at(now) : null}
      where id = ${job.id}`);
    return failed ? "failed" : "retried";
  }
  if (outcome?.holdUntil) {
    await db.execute(sql`
      update delivery_jobs set locked_until = null, attempts = attempts - 1, run_at = ${at(outcome.holdUntil)} where id = ${job.id}`);
    return "held";
  }
  return "done";
}

/** Runs every due job, a batch at a time, until none is left (or maxBatches is reached). */
export async function drainQueue({
  db,
  handlers,
  now = () => new Date(),
  batchSize = 200,
  concurrency = 8,
  maxBatches = 50,
}: {
  db: Db;
  handlers: Record<string, JobHandler>;
  now?: () => Date;
  batchSize?: number;
  concurrency?: number;
  maxBatches?: number;
}) {
  const counts = { done: 0, held: 0, retried: 0, failed: 0 };
  const limit = pLimit(concurrency);
  for (let batch = 0; batch < maxBatches; batch++) {
    const jobs = await claim(db, now(), batchSize);
    if (jobs.length === 0) break;
    const done: number[] = [];
    await Promise.all(
      jobs.map((job) =>
        limit(async () => {
          const handler = handlers[job.type];
          let outcome: JobOutcome | Error;
          try {
            if (!handler) throw new Error(`No handler for job type ${job.type}`);
            outcome = await handler({ db, job, now: now() });
          } catch (err) {
            log.warn({ err, job: job.key, attempt: job.attempts }, "delivery job failed");
            outcome = err instanceof Error ? err : new Error(String(err));
          }
          const result = await settle(db, job, outcome, now());
          if (result === "done") done.push(job.id);
          counts[result] += 1;
        }),
      ),
    );
    await markDone(db, done, now());
  }
  return counts;
}
