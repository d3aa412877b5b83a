import "server-only";
import { eq } from "drizzle-orm";
import { connectProfiles, type ConnectMatch } from "../db/schema";
import type { Db } from "../db/types";

/** The Connect name of the other person in a match, or null when they have no profile any more. */
export async function otherDisplayName(db: Db, match: ConnectMatch, userId: string): Promise<string | null> {
  const other = match.userAId === userId ? match.userBId : match.userAId;
  const [row] = await db.select({ name: connectProfiles.displayName }).from(connectProfiles).where(eq(connectProfiles.userId, other));
  return row?.name ?? null;
}
