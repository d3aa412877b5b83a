import "server-only";
import { getConfig } from "../config";
import { log } from "../log";
import type { Identity } from "./sync-user";

/** Set-Cookie values that clear the local session cookies (the session rows are already gone). */
export function signedOutCookies(): string[] {
  const { secureCookies } = getConfig();
  const prefix = secureCookies ? "__Secure-" : "";
  const attributes = `Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secureCookies ? "; Secure" : ""}`;
  return ["better-auth.session_token", "better-auth.session_data", "better-auth.dont_remember"].map(
    (name) => `${prefix}${name}=; ${attributes}`,
  );
}

/** After our data is gone, remove the identity at the external provider too (Clerk). */
export async function removeExternalIdentity(identity: Pick<Identity, "provider" | "subject">): Promise<void> {
  if (identity.provider !== "clerk") return;
  try {
    const { deleteClerkIdentity } = await import("./clerk");
    await deleteClerkIdentity(identity.subject);
  } catch (err) {
    log.error({ err, subject: identity.subject }, "could not delete the Clerk user; remove it in the Clerk dashboard");
  }
}
