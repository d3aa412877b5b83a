import "server-only";
import { auth, clerkClient } from "@clerk/nextjs/server";
import type { User } from "../db/schema";
import type { Db } from "../db/types";
import { findUserByIdentity, upsertUserFromIdentity } from "./sync-user";

/** The signed-in Clerk user's row; created on first sight if the webhook has not arrived yet. */
export async function getClerkUser(db: Db): Promise<User | null> {
  const { userId } = await auth();
  if (!userId) return null;
  const existing = await findUserByIdentity({ db, provider: "clerk", subject: userId });
  if (existing) return existing;
  const clerkUser = await (await clerkClient()).users.getUser(userId);
  const email = clerkUser.primaryEmailAddress?.emailAddress ?? clerkUser.emailAddresses[0]?.emailAddress ?? "";
  const displayName = [clerkUser.firstName, clerkUser.lastName].filter(Boolean).join(" ") || clerkUser.username || "";
  return upsertUserFromIdentity({
    db,
    identity: { provider: "clerk", subject: userId, email, displayName, avatarUrl: clerkUser.imageUrl },
  });
}

export async function deleteClerkIdentity(subject: string): Promise<void> {
  await (await clerkClient()).users.deleteUser(subject);
}
