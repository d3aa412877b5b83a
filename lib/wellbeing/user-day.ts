import "server-only";
import { eq } from "drizzle-orm";
import { users } from "../db/schema";
import type { Db } from "../db/types";
import { notFound } from "../http";
import { localDayOf } from "../local-days";

/** The user's timezone and today's date there: check-ins, entries and sessions belong to a local day. */
export async function userToday({ db, userId, now = new Date() }: { db: Db; userId: string; now?: Date }) {
  const [user] = await db.select({ timezone: users.timezone }).from(users).where(eq(users.id, userId));
  if (!user) throw notFound("user");
  return { timezone: user.timezone, today: localDayOf(now, user.timezone) };
}
