import { createHmac } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { describe, expect, it } from "vitest";
import { getUser } from "@/lib/auth";
import { getAuthSecret } from "@/lib/auth/secret";
import { lookupSessionUser, SESSION_MAX_AGE_S, SESSION_UPDATE_AGE_S } from "@/lib/auth/session-user";
import * as schema from "@/lib/db/schema";
import { authSessions, users } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { useTestDatabase } from "../setup/database";
import { postAuth, signUpUser } from "../fixtures/users";

const test = useTestDatabase();

function headersWith(cookie: string): Headers {
  return new Headers({ cookie });
}

function tokenOf(cookie: string): string {
  const value = decodeURIComponent(cookie.split("=").slice(1).join("="));
  return value.slice(0, value.lastIndexOf("."));
}

describe("session fast path", () => {
  it("finds the signed-in user in one lookup, the same user better-auth would give", async () => {
    const account = await signUpUser();
    const lookup = await lookupSessionUser({ db: test.db, headers: headersWith(account.cookie) });
    expect(lookup.kind).toBe("user");
    const [row] = await test.db.select().from(users).where(eq(users.email, account.email));
    expect(lookup.kind === "user" && lookup.user.id).toBe(row?.id);
    expect((await getUser({ db: test.db, headers: headersWith(account.cookie) }))?.id).toBe(row?.id);
  });

  it("treats a cookie with a forged signature as signed out", async () => {
    const account = await signUpUser();
    const forged = `better-auth.session_token=${encodeURIComponent(`${tokenOf(account.cookie)}.${Buffer.alloc(32).toString("base64")}`)}`;
    expect(await lookupSessionUser({ db: test.db, headers: headersWith(forged) })).toEqual({ kind: "signed-out" });
    expect(await getUser({ db: test.db, headers: headersWith(forged) })).toBeNull();
  });

  it("treats an expired session as signed out", async () => {
    const account = await signUpUser();
    await test.db
      .update(authSessions)
      .set({ expiresAt: new Date(Date.now() - 1_000) })
      .where(eq(authSessions.token, tokenOf(account.cookie)));
    expect(await lookupSessionUser({ db: test.db, headers: headersWith(account.cookie) })).toEqual({ kind: "signed-out" });
    expect(await getUser({ db: test.db, headers: headersWith(account.cookie) })).toBeNull();
  });

  it("leaves a session due for renewal to better-auth, which renews it", async () => {
    const account = await signUpUser();
    const token = tokenOf(account.cookie);
    const issuedLongAgo = new Date(Date.now() + (SESSION_MAX_AGE_S - SESSION_UPDATE_AGE_S - 60) * 1000);
    await test.db.update(authSessions).set({ expiresAt: issuedLongAgo }).where(eq(authSessions.token, token));
    expect((await lookupSessionUser({ db: test.db, headers: headersWith(account.cookie) })).kind).toBe("ask-better-auth");
    expect((await getUser({ db: test.db, headers: headersWith(account.cookie) }))?.email).toBe(account.email);
    const [renewed] = await test.db.select().from(authSessions).where(eq(authSessions.token, token));
    expect(renewed!.expiresAt.getTime()).toBeGreaterThan(issuedLongAgo.getTime());
    expect((await lookupSessionUser({ db: test.db, headers: headersWith(account.cookie) })).kind).toBe("user");
  });

  it("no longer knows a session after sign-out", async () => {
    const account = await signUpUser();
    const res = await postAuth("sign-out", {}, { cookie: account.cookie, ip: account.ip });
    expect(res.status).toBe(200);
    expect((await lookupSessionUser({ db: test.db, headers: headersWith(account.cookie) })).kind).toBe("ask-better-auth");
    expect(await getUser({ db: test.db, headers: headersWith(account.cookie) })).toBeNull();
  });

  it("gives the users row exactly as a plain select reads it, changes included, on every request", async () => {
    const account = await signUpUser();
    const headers = headersWith(account.cookie);
    await lookupSessionUser({ db: test.db, headers });
    await test.db.update(users).set({ displayName: "Renamed", suspendedUntil: new Date("2030-01-02T03:04:05Z") }).where(eq(users.email, account.email));
    const [row] = await test.db.select().from(users).where(eq(users.email, account.email));
    expect(await lookupSessionUser({ db: test.db, headers })).toEqual({ kind: "user", user: row });
  });

  it("stops knowing a session the moment its row is deleted (revoked elsewhere)", async () => {
    const account = await signUpUser();
    const headers = headersWith(account.cookie);
    expect((await lookupSessionUser({ db: test.db, headers })).kind).toBe("user");
    await test.db.delete(authSessions).where(eq(authSessions.token, tokenOf(account.cookie)));
    expect((await lookupSessionUser({ db: test.db, headers })).kind).toBe("ask-better-auth");
    expect(await getUser({ db: test.db, headers })).toBeNull();
  });

  it("looks up a signed token of any characters as data, never as SQL", async () => {
    const account = await signUpUser();
    const token = "x'); DELETE FROM users; --";
    const signature = createHmac("sha256", getAuthSecret()).update(token).digest("base64");
    const crafted = `better-auth.session_token=${encodeURIComponent(`${token}.${signature}`)}`;
    expect(await lookupSessionUser({ db: test.db, headers: headersWith(crafted) })).toEqual({ kind: "ask-better-auth" });
    expect((await lookupSessionUser({ db: test.db, headers: headersWith(account.cookie) })).kind).toBe("user");
  });

  it("works from every server bundle: another Drizzle instance over the same PGlite finds the statement prepared", async () => {
    const client = (test.db as unknown as { $client: unknown }).$client;
    if (!(client instanceof PGlite)) return;
    const account = await signUpUser();
    const headers = headersWith(account.cookie);
    expect((await lookupSessionUser({ db: test.db, headers })).kind).toBe("user");
    const otherBundle = drizzle({ client, schema }) as unknown as Db;
    expect((await lookupSessionUser({ db: otherBundle, headers })).kind).toBe("user");
  });
});
