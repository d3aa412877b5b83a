import "server-only";
import type { ConnectProfile, User } from "../db/schema";
import type { Db } from "../db/types";
import { AppError } from "../http";
import { findConnectProfile } from "./profile";

/** Why this user may not record, match or call right now, or null when they may. */
export function restrictionOf(user: Pick<User, "bannedAt" | "suspendedUntil">, now = new Date()): string | null {
  if (user.bannedAt) return "Your account is banned from Connect after a moderator's review.";
  if (user.suspendedUntil && user.suspendedUntil > now) {
    return `Connect is paused for your account until ${user.suspendedUntil.toISOString().slice(0, 10)} after a moderator's review.`;
  }
  return null;
}

/** The profile of a user who may use Connect: a verified email, not suspended or banned, profile filled in. */
export async function requireConnectUser({ db, user, now = new Date() }: { db: Db; user: User; now?: Date }): Promise<ConnectProfile> {
  if (!user.emailVerified) throw new AppError("FORBIDDEN", "Verify your email address to use Connect.", { reason: "email_unverified" });
  const restriction = restrictionOf(user, now);
  if (restriction) throw new AppError("FORBIDDEN", restriction, { reason: user.bannedAt ? "banned" : "suspended" });
  const profile = await findConnectProfile({ db, userId: user.id });
  if (!profile) throw new AppError("CONFLICT", "Set up your Connect profile first.", { reason: "no_profile" });
  return profile;
}
