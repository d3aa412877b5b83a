import "server-only";
import { Cron } from "croner";
import { getDb } from "../db/client";
import { log } from "../log";
import { isJobImplemented, runJob } from "./run-job";
import { jobNames, jobSchedules } from "./schedule";

const state = globalThis as unknown as { __cadenceScheduler?: Cron[] };

/** Embedded mode: runs the cron jobs inside the server process on the same schedules as Vercel. */
export function startScheduler(): void {
  if (state.__cadenceScheduler) return;
  state.__cadenceScheduler = jobNames.filter(isJobImplemented).map(
    (name) =>
      new Cron(jobSchedules[name], { name, protect: true, unref: true }, async () => {
        try {
          const outcome = await runJob({ db: await getDb(), name });
          log.info(outcome, "scheduled job finished");
        } catch (err) {
          log.error({ err, job: name }, "scheduled job failed");
        }
      }),
  );
}
