import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/types";
import { localDayOf } from "../../local-days";
import { EMAIL_DIGEST_JOB } from "../job-types";
import { nextDigestAt } from "../quiet-hours";

/** Adds a notification to the user's next daily digest (one job per user and local day). */
export async function addToDigest({ db, userId, notificationId, timeZone, now }: { db: Db; userId: string; notificationId: string; timeZone: string; now: Date }) {
  const runAt = nextDigestAt({ now, timeZone });
  const key = `${EMAIL_DIGEST_JOB}:${userId}:${localDayOf(runAt, timeZone)}`;
  await db.execute(sql`
    insert into delivery_jobs (key, type, payload, run_at)
    values (${key}, ${EMAIL_DIGEST_JOB}, jsonb_build_object('userId', ${userId}::text, 'notificationIds', jsonb_build_array(${notificationId}::text)), ${runAt.toISOString()}::timestamptz)
    on conflict (key) do update
      set payload = jsonb_set(delivery_jobs.payload, '{notificationIds}', (delivery_jobs.payload -> 'notificationIds') || to_jsonb(${notificationId}::text))
      where delivery_jobs.state = 'pending' and not (delivery_jobs.payload -> 'notificationIds') ? ${notificationId}::text`);
}
