import "server-only";
import { and, inArray, lt } from "drizzle-orm";
import { deliveryJobs, emailOutbox } from "../db/schema";
import type { Db } from "../db/types";

const FINISHED_JOB_RETENTION_MS = 7 * 24 * 60 * 60_000;
const OUTBOX_RETENTION_MS = 30 * 24 * 60 * 60_000;

/** Finished delivery jobs after a week (their unique keys have done their job) and outbox mail after
 * a month: both can hold links with tokens and addresses. */
export async function deleteOldDeliveries({ db, now = new Date() }: { db: Db; now?: Date }) {
  const jobs = await db
    .delete(deliveryJobs)
    .where(and(inArray(deliveryJobs.state, ["sent", "failed"]), lt(deliveryJobs.finishedAt, new Date(now.getTime() - FINISHED_JOB_RETENTION_MS))))
    .returning({ id: deliveryJobs.id });
  const mails = await db
    .delete(emailOutbox)
    .where(lt(emailOutbox.createdAt, new Date(now.getTime() - OUTBOX_RETENTION_MS)))
    .returning({ id: emailOutbox.id });
  return { finishedDeliveries: jobs.length, outboxMails: mails.length };
}
