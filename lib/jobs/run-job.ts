import "server-only";
import { timingSafeEqual } from "node:crypto";
import type { Db } from "../db/types";
import { AppError } from "../http";
import { runCleanup } from "./cleanup";
import { jobNames, type JobName } from "./schedule";

type Job = (args: { db: Db }) => Promise<Record<string, number>>;

// A job whose pillar has not landed yet is absent and answers 501.
const jobs: Partial<Record<JobName, Job>> = {
  cleanup: runCleanup,
};

export function isJobName(name: string): name is JobName {
  return (jobNames as string[]).includes(name);
}

export function isJobImplemented(name: JobName): boolean {
  return Boolean(jobs[name]);
}

export async function runJob({ db, name }: { db: Db; name: JobName }) {
  const job = jobs[name];
  if (!job) throw new AppError("NOT_IMPLEMENTED", `The ${name} job arrives with its pillar.`);
  const started = performance.now();
  const result = await job({ db });
  return { job: name, ms: Math.round(performance.now() - started), result };
}

/** Vercel cron sends `Authorization: Bearer $CRON_SECRET`; without a configured secret nothing passes. */
export function assertCronAuthorized(headers: Headers, secret: string | undefined): void {
  const expected = Buffer.from(`Bearer ${secret ?? ""}`);
  const given = Buffer.from(headers.get("authorization") ?? "");
  const ok = Boolean(secret) && expected.length === given.length && timingSafeEqual(expected, given);
  if (!ok) throw new AppError("AUTH_REQUIRED", "A valid cron secret is required.");
}
