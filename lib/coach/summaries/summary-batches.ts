import "server-only";
import pLimit from "p-limit";
import { log } from "../../log";

export const SUMMARY_PAGE_SIZE = 200;
export const SUMMARY_CONCURRENCY = 8;

/** Who wrote a summary, as stored in its engine column: "groq/llama-…" or "offline/extractive-summary". */
export const engineLabel = (provider: string, model: string) => `${provider}/${model}`;

export type SummaryOutcome = "summarised" | "skipped" | "inactive";
export type SummaryCounts = { users: number; summarised: number; skipped: number; failed: number };

/** Walks user ids a page at a time (keyset: ids after the last one seen) and processes each page
 * with bounded concurrency; one user's failure is logged and counted, never fatal to the rest. */
export async function runInBatches({
  job,
  listPage,
  processUser,
  pageSize = SUMMARY_PAGE_SIZE,
  concurrency = SUMMARY_CONCURRENCY,
}: {
  job: string;
  listPage: (args: { afterId: string | null; limit: number }) => Promise<string[]>;
  processUser: (userId: string) => Promise<SummaryOutcome>;
  pageSize?: number;
  concurrency?: number;
}): Promise<SummaryCounts> {
  const counts: SummaryCounts = { users: 0, summarised: 0, skipped: 0, failed: 0 };
  const limit = pLimit(concurrency);
  let afterId: string | null = null;
  for (;;) {
    const ids = await listPage({ afterId, limit: pageSize });
    await Promise.all(
      ids.map((userId) =>
        limit(async () => {
          try {
            const outcome = await processUser(userId);
            if (outcome === "inactive") return;
            counts.users += 1;
            counts[outcome] += 1;
          } catch (err) {
            counts.users += 1;
            counts.failed += 1;
            log.error({ err, job, userId }, "summary failed for one user");
          }
        }),
      ),
    );
    if (ids.length < pageSize) return counts;
    afterId = ids.at(-1) ?? null;
  }
}

/** The most recent period (day or week key) with activity newer than its summary, or none. A summary
 * written before the period's last activity (a backfill of a day still in progress) is stale. */
export function pickPeriodToSummarise(activity: Map<string, Date>, summarisedAt: Map<string, Date>): string | null {
  const periods = [...activity.keys()].sort().reverse();
  for (const period of periods) {
    const written = summarisedAt.get(period);
    if (!written || written < (activity.get(period) as Date)) return period;
  }
  return null;
}

/** Latest instant per key. */
export function latestBy<T>(rows: T[], keyOf: (row: T) => string, at: (row: T) => Date): Map<string, Date> {
  const latest = new Map<string, Date>();
  for (const row of rows) {
    const key = keyOf(row);
    const time = at(row);
    const known = latest.get(key);
    if (!known || time > known) latest.set(key, time);
  }
  return latest;
}
