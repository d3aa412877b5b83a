import "server-only";
import { eq } from "drizzle-orm";
import { users, type User } from "../db/schema";
import type { Db } from "../db/types";
import { notFound } from "../http";
import type { ProfileUpdate } from "./profile-schema";

/** What the API shows of a user: never auth internals. */
export function toPublicUser(user: User) {
  return {
    id: user.id,
    email: user.email,
    emailVerified: user.emailVerified,
    displayName: user.displayName,
    avatarUrl: user.avatarUrl,
    preferredLanguage: user.preferredLanguage,
    timezone: user.timezone,
    coachStyle: user.coachStyle,
    onboardingState: user.onboardingState,
    subscriptionTier: user.subscriptionTier,
    authProvider: user.authProvider,
    createdAt: user.createdAt.toISOString(),
  };
}

export type PublicUser = ReturnType<typeof toPublicUser>;

export async function updateProfile({
  db,
  userId,
  changes,
}: {
  db: Db;
  userId: string;
  changes: ProfileUpdate;
}): Promise<PublicUser> {
  const [row] = await db.update(users).set(changes).where(eq(users.id, userId)).returning();
  if (!row) throw notFound("user");
  return toPublicUser(row);
}
