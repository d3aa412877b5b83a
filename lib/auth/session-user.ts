import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getSessionCookie } from "better-auth/cookies";
import type { User } from "../db/schema";
import type { Db } from "../db/types";
import { getAuthSecret } from "./secret";
import { findSessionUser } from "./session-query";

/** Sessions last this long (better-auth session.expiresIn)… */
export const SESSION_MAX_AGE_S = 7 * 24 * 60 * 60;
/** …and better-auth moves the expiry forward once a session is this old (session.updateAge). */
export const SESSION_UPDATE_AGE_S = 24 * 60 * 60;

export type SessionLookup = { kind: "user"; user: User } | { kind: "signed-out" } | { kind: "ask-better-auth" };

/** The token of a better-auth session cookie value whose HMAC signature matches our secret. */
function verifiedToken(value: string): string | null {
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), "base64");
  const expected = createHmac("sha256", getAuthSecret()).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

/** Reads the signed-in user for a request in one query, the hot path of every API call. Anything
 * unusual (no users row yet, a session due for renewal) is left to better-auth's own getSession. */
export async function lookupSessionUser({ db, headers, now = Date.now() }: { db: Db; headers: Headers; now?: number }): Promise<SessionLookup> {
  const cookie = getSessionCookie(headers);
  const token = cookie ? verifiedToken(cookie) : null;
  if (!token) return { kind: "signed-out" };
  const row = await findSessionUser({ db, token });
  if (!row) return { kind: "ask-better-auth" };
  if (row.expiresAt.getTime() <= now) return { kind: "signed-out" };
  const issuedAt = row.expiresAt.getTime() - SESSION_MAX_AGE_S * 1000;
  if (now - issuedAt >= SESSION_UPDATE_AGE_S * 1000) return { kind: "ask-better-auth" };
  return { kind: "user", user: row.user };
}
