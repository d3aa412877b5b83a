import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "../../db/types";
import type { JobHandler } from "../../queue/drain";
import { enqueue } from "../../queue/enqueue";
import { EMAIL_JOB } from "../job-types";
import { kickDeliveries } from "../kick-deliveries";
import { sendEmail, type EmailMessage } from "./send-email";

/** Queues a ready-made mail (account mail); `key` makes the same mail queue once. */
export async function queueEmail({ db, key, message }: { db: Db; key: string; message: EmailMessage }): Promise<void> {
  const digest = createHash("sha256").update(key).digest("base64url");
  await enqueue({ db, type: EMAIL_JOB, key: `${EMAIL_JOB}:${digest}`, payload: { message } });
  kickDeliveries(db);
}

export const deliverEmail: JobHandler = async ({ db, job }) => {
  await sendEmail({ db, message: job.payload.message as EmailMessage });
};
