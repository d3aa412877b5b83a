import "server-only";
import { and, asc, eq, gte, lte } from "drizzle-orm";
import { wellbeingCheckins, type WellbeingCheckin } from "../db/schema";
import type { Db } from "../db/types";
import { crisisResourcesFor } from "../care/resources-by-country";
import { showsDistress } from "./distress";
import { publishCheckin } from "./events";
import type { CheckinInput } from "./schemas";
import { userToday } from "./user-day";

export function toPublicCheckin(row: WellbeingCheckin) {
  return {
    id: row.id,
    mood: row.mood,
    emotions: row.emotions,
    note: row.note,
    tags: row.tags,
    day: row.day,
    createdAt: row.createdAt.toISOString(),
  };
}

export type PublicCheckin = ReturnType<typeof toPublicCheckin>;

/** Records a check-in on the user's local day; a note that shows distress answers with care resources. */
export async function createCheckin({ db, userId, input, country, now = new Date() }: { db: Db; userId: string; input: CheckinInput; country?: string; now?: Date }) {
  const { today } = await userToday({ db, userId, now });
  const distress = showsDistress(input.note ?? "");
  const [row] = await db
    .insert(wellbeingCheckins)
    .values({ userId, mood: input.mood, emotions: input.emotions ?? [], note: input.note ?? "", tags: input.tags ?? [], day: today, distress, createdAt: now })
    .returning();
  await publishCheckin({ db, userId, checkinId: row!.id });
  return { ...toPublicCheckin(row!), care: distress ? { resources: crisisResourcesFor(country) } : null };
}

export async function listCheckins({ db, userId, from, to }: { db: Db; userId: string; from?: string; to?: string }): Promise<PublicCheckin[]> {
  const rows = await db
    .select()
    .from(wellbeingCheckins)
    .where(and(eq(wellbeingCheckins.userId, userId), from ? gte(wellbeingCheckins.day, from) : undefined, to ? lte(wellbeingCheckins.day, to) : undefined))
    .orderBy(asc(wellbeingCheckins.createdAt));
  return rows.map(toPublicCheckin);
}
