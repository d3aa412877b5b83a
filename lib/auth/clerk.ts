import "server-only";
import { auth, clerkClient } from "@clerk/nextjs/server";
import { getConfig } from "../config";
import type { User } from "../db/schema";
import type { Db } from "../db/types";
import { findUserByIdentity, upsertUserFromIdentity } from "./sync-user";

/** The Clerk user a request's session token belongs to. API routes run without the proxy (see
 * proxy.ts), so they verify the token themselves: with CLERK_JWT_KEY without a network call,
 * otherwise against Clerk's JWKS. Pages read what clerkMiddleware verified. An expired token (Clerk's
 * "handshake" state) counts as signed out: Clerk's browser SDK refreshes it. */
async function clerkUserId(request: Request | undefined): Promise<string | null> {
  if (!request) return (await auth()).userId;
  const { env } = getConfig();
  const state = await (await clerkClient()).authenticateRequest(request, {
    acceptsToken: "session_token",
    jwtKey: env.CLERK_JWT_KEY,
    authorizedParties: [new URL(env.APP_URL).origin],
  });
  return state.isAuthenticated ? state.toAuth().userId : null;
}

/** The signed-in Clerk user's row; created on first sight if the webhook has not arrived yet. */
export async function getClerkUser({ db, request }: { db: Db; request?: Request }): Promise<User | null> {
  const userId = await clerkUserId(request);
  if (!userId) return null;
  const existing = await findUserByIdentity({ db, provider: "clerk", subject: userId });
  if (existing) return existing;
  const clerkUser = await (await clerkClient()).users.getUser(userId);
  const address = clerkUser.primaryEmailAddress ?? clerkUser.emailAddresses[0];
  const email = address?.emailAddress ?? "";
  const emailVerified = address?.verification?.status === "verified";
  const displayName = [clerkUser.firstName, clerkUser.lastName].filter(Boolean).join(" ") || clerkUser.username || "";
  return upsertUserFromIdentity({
    db,
    identity: { provider: "clerk", subject: userId, email, displayName, avatarUrl: clerkUser.imageUrl, emailVerified },
  });
}

export async function deleteClerkIdentity(subject: string): Promise<void> {
  await (await clerkClient()).users.deleteUser(subject);
}
