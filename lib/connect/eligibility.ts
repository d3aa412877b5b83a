import "server-only";
import type { ConnectProfile, User } from "../db/schema";
import type { Db } from "../db/types";
import { apiError, AppError } from "../http";
import { findConnectProfile } from "./profile";

/** Why this user may not record, match or call right now (the 403 that says so), or null when they may. */
export function restrictionOf(user: Pick<User, "bannedAt" | "suspendedUntil">, now = new Date()): AppError | null {
  if (user.bannedAt) return apiError("FORBIDDEN", "connect.banned", { details: { reason: "banned" } });
  if (user.suspendedUntil && user.suspendedUntil > now) {
    return apiError("FORBIDDEN", "connect.suspended", { values: { until: user.suspendedUntil.toISOString().slice(0, 10) }, details: { reason: "suspended" } });
  }
  return null;
}

/** The profile of a user who may use Connect: a verified email, not suspended or banned, profile filled in. */
export async function requireConnectUser({ db, user, now = new Date() }: { db: Db; user: User; now?: Date }): Promise<ConnectProfile> {
  if (!user.emailVerified) throw apiError("FORBIDDEN", "connect.verifyEmail", { details: { reason: "email_unverified" } });
  const restriction = restrictionOf(user, now);
  if (restriction) throw restriction;
  const profile = await findConnectProfile({ db, userId: user.id });
  if (!profile) throw apiError("CONFLICT", "connect.noProfile", { details: { reason: "no_profile" } });
  return profile;
}
