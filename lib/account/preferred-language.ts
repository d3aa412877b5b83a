import { eq } from "drizzle-orm";
import { users } from "../db/schema";
import type { Db } from "../db/types";

/** The user's preferred language code ("en" when the user is gone). */
export async function getPreferredLanguage({ db, userId }: { db: Db; userId: string }): Promise<string> {
  const [row] = await db.select({ language: users.preferredLanguage }).from(users).where(eq(users.id, userId));
  return row?.language ?? "en";
}
