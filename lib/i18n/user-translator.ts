import "server-only";
import { getPreferredLanguage } from "../account/preferred-language";
import type { Db } from "../db/types";
import { translatorFor } from "./translator";

/** Messages in one user's preferred language, for what is written to them outside a request
 * (notifications, reminders). */
export async function translatorForUser({ db, userId }: { db: Db; userId: string }) {
  return translatorFor(await getPreferredLanguage({ db, userId }));
}
