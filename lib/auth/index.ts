import "server-only";
import { getConfig } from "../config";
import type { User } from "../db/schema";
import type { Db } from "../db/types";
import { apiError } from "../http";
import { getLocalAuth } from "./local";
import { lookupSessionUser } from "./session-user";
import { findUserByIdentity, upsertUserFromIdentity } from "./sync-user";

/** API routes (which run without the proxy) pass their request; pages pass their headers. */
type AuthArgs = { db: Db } & ({ request: Request } | { headers: Headers; request?: undefined });

// The only place that knows which auth provider is active.
export async function getUser(args: AuthArgs): Promise<User | null> {
  const { db, request } = args;
  const headers = request ? request.headers : args.headers;
  if (getConfig().providers.auth === "clerk") {
    const { getClerkUser } = await import("./clerk");
    return getClerkUser({ db, request });
  }
  const fast = await lookupSessionUser({ db, headers });
  if (fast.kind === "user") return fast.user;
  if (fast.kind === "signed-out") return null;
  const session = await getLocalAuth(db).api.getSession({ headers });
  if (!session) return null;
  const existing = await findUserByIdentity({ db, provider: "local", subject: session.user.id });
  return (
    existing ??
    upsertUserFromIdentity({
      db,
      identity: {
        provider: "local",
        subject: session.user.id,
        email: session.user.email,
        displayName: session.user.name,
      },
    })
  );
}

export async function requireUser(args: AuthArgs): Promise<User> {
  const user = await getUser(args);
  if (!user) throw apiError("AUTH_REQUIRED", "common.signInToContinue");
  return user;
}
