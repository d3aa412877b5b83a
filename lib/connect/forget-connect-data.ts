import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { connectClips, userReports } from "../db/schema";
import type { Db } from "../db/types";
import { getStorage } from "../storage";

/** Before an account is deleted: its clip audio leaves storage (the rows go by cascade), and reports
 * against it keep only the reporter's side (their reason and note), not the deleted person's words. */
export async function forgetConnectData({ db, userId }: { db: Db; userId: string }): Promise<void> {
  const withAudio = await db
    .select({ key: connectClips.storageKey })
    .from(connectClips)
    .where(and(eq(connectClips.userId, userId), isNotNull(connectClips.storageKey)));
  for (const { key } of withAudio) if (key) await getStorage().delete(key);
  await db.update(userReports).set({ transcript: null }).where(eq(userReports.reportedId, userId));
}
