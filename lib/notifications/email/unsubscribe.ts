import "server-only";
import { eq } from "drizzle-orm";
import { users } from "../../db/schema";
import type { Db } from "../../db/types";
import { notificationKinds } from "../kinds";
import { saveKindPreferences } from "../preferences";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

/** One-click unsubscribe: turns off email for the token's kind, for the token's user only. */
export async function unsubscribeByToken({ db, token }: { db: Db; token: string }) {
  const { userId, kind } = verifyUnsubscribeToken(token);
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (user) await saveKindPreferences({ db, userId, changes: { [kind]: { email: false } } });
  return { kind, label: notificationKinds[kind].label };
}
