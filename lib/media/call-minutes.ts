import "server-only";
import { and, eq, gte, inArray, isNotNull } from "drizzle-orm";
import { getConfig } from "../config";
import { roomParticipants, rooms, users, type SubscriptionTier } from "../db/schema";
import type { Db } from "../db/types";
import { localDayOf, startOfLocalDay } from "../local-days";

/** Minutes of calls a day per plan; null is unlimited. Without billing every plan is unlimited. */
export const dailyCallMinutesByTier: Record<SubscriptionTier, number | null> = { free: 30, premium: null, vip: null };

export function dailyCallMinutesLimit({ tier, billing }: { tier: SubscriptionTier; billing: boolean }): number | null {
  return billing ? dailyCallMinutesByTier[tier] : null;
}

export type CallAllowance = { limitSeconds: number | null; usedSeconds: number; remainingSeconds: number | null };

/** What is left of today's call minutes (the user's local day): ended calls count their duration, a
 * call in progress counts up to `now`. */
export async function callAllowance({ db, userId, now = new Date() }: { db: Db; userId: string; now?: Date }): Promise<CallAllowance> {
  const [user] = await db.select({ tier: users.subscriptionTier, timezone: users.timezone }).from(users).where(eq(users.id, userId));
  if (!user) throw new Error("no such user");
  const minutes = dailyCallMinutesLimit({ tier: user.tier, billing: getConfig().providers.payments !== "off" });
  if (minutes === null) return { limitSeconds: null, usedSeconds: 0, remainingSeconds: null };
  const dayStart = startOfLocalDay(localDayOf(now, user.timezone), user.timezone);
  const today = await db
    .select({ startedAt: rooms.startedAt, endedAt: rooms.endedAt, durationSeconds: rooms.durationSeconds })
    .from(rooms)
    .innerJoin(roomParticipants, eq(roomParticipants.roomId, rooms.id))
    .where(
      and(
        eq(roomParticipants.userId, userId),
        inArray(rooms.status, ["active", "completed"]),
        isNotNull(rooms.startedAt),
        gte(rooms.startedAt, dayStart),
      ),
    );
  const usedSeconds = today.reduce(
    (sum, r) => sum + (r.endedAt ? (r.durationSeconds ?? 0) : Math.max(0, (now.getTime() - r.startedAt!.getTime()) / 1000)),
    0,
  );
  const limitSeconds = minutes * 60;
  return { limitSeconds, usedSeconds: Math.round(usedSeconds), remainingSeconds: Math.max(0, Math.round(limitSeconds - usedSeconds)) };
}
