import "server-only";
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { isoDate } from "../api/safe-input";
import { runDailySummaries } from "../coach/summaries/daily-summary";
import { runWeeklySummaries } from "../coach/summaries/weekly-summary";
import type { Db } from "../db/types";
import { apiError, validationError } from "../http";
import { runCoachSessionReminders } from "../notifications/reminders/coach-session-reminders";
import { runDeliveries } from "../notifications/run-deliveries";
import { closeLapsedRooms } from "../media/close-lapsed-rooms";
import { scheduleWellbeingReminders } from "../wellbeing/reminders";
import { runCleanup } from "./cleanup";
import { jobNames, type JobName } from "./schedule";
import { fieldMessage } from "@/lib/i18n/field-message";

type Job<P> = { params: z.ZodType<P>; run: (args: { db: Db; params: P }) => Promise<Record<string, number>> };

const defineJob = <P>(definition: Job<P>) => definition as Job<unknown>;

// A job whose pillar has not landed yet is absent and answers 501. Params come from the cron
// route's query string (backfills); the scheduler passes none.
const jobs: Partial<Record<JobName, Job<unknown>>> = {
  cleanup: defineJob({ params: z.object({}), run: ({ db }) => runCleanup({ db }) }),
  "daily-summary": defineJob({
    params: z.object({ date: isoDate(fieldMessage("useDateYYYYMMDD")).optional() }),
    run: ({ db, params }) => runDailySummaries({ db, date: params.date }),
  }),
  deliveries: defineJob({ params: z.object({}), run: ({ db }) => runDeliveries({ db }) }),
  rooms: defineJob({ params: z.object({}), run: ({ db }) => closeLapsedRooms({ db }) }),
  "session-reminders": defineJob({ params: z.object({}), run: ({ db }) => runCoachSessionReminders({ db }) }),
  "wellbeing-reminders": defineJob({ params: z.object({}), run: ({ db }) => scheduleWellbeingReminders({ db }) }),
  "weekly-summary": defineJob({
    params: z.object({ week: isoDate(fieldMessage("useWeekYYYYMMDDAny")).optional() }),
    run: ({ db, params }) => runWeeklySummaries({ db, week: params.week }),
  }),
};

export function isJobName(name: string): name is JobName {
  return (jobNames as string[]).includes(name);
}

export function isJobImplemented(name: JobName): boolean {
  return Boolean(jobs[name]);
}

export async function runJob({ db, name, params = {} }: { db: Db; name: JobName; params?: Record<string, string> }) {
  const job = jobs[name];
  if (!job) throw apiError("NOT_IMPLEMENTED", "common.jobLater", { values: { name } });
  const parsed = job.params.safeParse(params);
  if (!parsed.success) throw validationError(parsed.error);
  const started = performance.now();
  const result = await job.run({ db, params: parsed.data });
  return { job: name, ms: Math.round(performance.now() - started), result };
}

/** Vercel cron sends `Authorization: Bearer $CRON_SECRET`; without a configured secret nothing passes. */
export function assertCronAuthorized(headers: Headers, secret: string | undefined): void {
  const expected = Buffer.from(`Bearer ${secret ?? ""}`);
  const given = Buffer.from(headers.get("authorization") ?? "");
  const ok = Boolean(secret) && expected.length === given.length && timingSafeEqual(expected, given);
  if (!ok) throw apiError("AUTH_REQUIRED", "common.cronSecret");
}
