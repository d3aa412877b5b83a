import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportGet } from "@/app/api/me/export/route";
import { DELETE as deleteMe, GET as getMe, PATCH as patchMe } from "@/app/api/me/route";
import { authAccounts, authSessions, users } from "@/lib/db/schema";
import { freezeDateInWindow } from "../fixtures/clock";
import { call, errorOf, uniqueIp } from "../fixtures/http";
import { rowCounts, seedActivity, userByEmail } from "../fixtures/rows";
import { postAuth, signUpUser, type TestUser } from "../fixtures/users";
import { useTestDatabase } from "../setup/database";

const test = useTestDatabase();

type Export = {
  format: string;
  profile: { id: string; email: string };
  stats: { userId: string; totalCalls: number } | null;
  usageEvents: { userId: string; kind: string }[];
  aiCalls: { userId: string; task: string }[];
  sessions: Record<string, unknown>[];
  signInMethods: Record<string, unknown>[];
};

async function exportOf(user: TestUser, ip = user.ip): Promise<Response> {
  return call(exportGet, "/api/me/export", { cookie: user.cookie, ip });
}

async function exportJson(user: TestUser): Promise<{ text: string; data: Export }> {
  const res = await exportOf(user);
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, data: JSON.parse(text) as Export };
}

describe("isolation between users", () => {
  it("shows B only B's own data, and B's changes never reach A", async () => {
    const alice = await signUpUser({ name: "Alice" });
    const bob = await signUpUser({ name: "Bob" });
    const aliceRow = await userByEmail(test.db, alice.email);
    const bobRow = await userByEmail(test.db, bob.email);
    await seedActivity(test.db, aliceRow.id, "alice");
    await seedActivity(test.db, bobRow.id, "bob");

    const me = (await (await call(getMe, "/api/me", { cookie: bob.cookie })).json()) as { id: string; email: string };
    expect(me).toMatchObject({ id: bobRow.id, email: bob.email });

    const { text, data } = await exportJson(bob);
    expect(data.profile.id).toBe(bobRow.id);
    expect(data.stats?.userId).toBe(bobRow.id);
    expect(data.usageEvents.map((e) => e.kind)).toEqual(["practice.call.bob"]);
    expect(data.aiCalls.map((c) => c.task)).toEqual(["score.bob"]);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(text).not.toContain(aliceRow.id);
    expect(text).not.toContain(alice.email);
    expect(text).not.toContain("alice");

    const patched = await call(patchMe, "/api/me", { method: "PATCH", cookie: bob.cookie, json: { displayName: "Bobby" } });
    expect(patched.status).toBe(200);
    expect((await userByEmail(test.db, alice.email)).displayName).toBe("Alice");
  });

  it("deleting B leaves A's account and data intact", async () => {
    const alice = await signUpUser({ name: "Alice" });
    const bob = await signUpUser({ name: "Bob" });
    const aliceRow = await userByEmail(test.db, alice.email);
    const bobRow = await userByEmail(test.db, bob.email);
    await seedActivity(test.db, aliceRow.id, "alice");
    await seedActivity(test.db, bobRow.id, "bob");
    const aliceBefore = await rowCounts(test.db, aliceRow);

    const res = await call(deleteMe, "/api/me", { method: "DELETE", cookie: bob.cookie, json: { confirm: "DELETE" } });
    expect(res.status).toBe(200);

    expect(await rowCounts(test.db, aliceRow)).toEqual(aliceBefore);
    expect(aliceBefore).toMatchObject({ users: 1, userStats: 1, usageEvents: 1, llmCalls: 1, authUsers: 1, authAccounts: 1 });
    expect((await call(getMe, "/api/me", { cookie: alice.cookie })).status).toBe(200);
    expect((await exportJson(alice)).data.usageEvents).toHaveLength(1);
  });
});

describe("GET /api/me/export", () => {
  it("is a JSON attachment with every section and no secrets", async () => {
    const user = await signUpUser();
    const row = await userByEmail(test.db, user.email);
    await seedActivity(test.db, row.id, "mine");
    const res = await exportOf(user);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="cadence-export-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const text = await res.text();
    const data = JSON.parse(text) as Export;

    expect(data.format).toBe("cadence-export/1");
    expect(data.profile).toMatchObject({ id: row.id, email: user.email, displayName: "Test User" });
    expect(data.stats).toMatchObject({ userId: row.id, totalCalls: 3, bestScore: 88 });
    expect(data.usageEvents).toEqual([expect.objectContaining({ kind: "practice.call.mine", metadata: { tag: "mine" } })]);
    expect(data.aiCalls).toEqual([expect.objectContaining({ task: "score.mine", provider: "offline", status: "ok" })]);
    expect(data.signInMethods).toEqual([expect.objectContaining({ provider: "credential" })]);

    const sessions = await test.db.select().from(authSessions).where(eq(authSessions.userId, row.authSubject));
    expect(data.sessions).toHaveLength(sessions.length);
    for (const session of data.sessions) {
      expect(Object.keys(session).sort()).toEqual(["createdAt", "expiresAt", "ipAddress", "userAgent"]);
    }
    for (const session of sessions) expect(text).not.toContain(session.token);
    const [account] = await test.db.select().from(authAccounts).where(eq(authAccounts.userId, row.authSubject));
    expect(account?.password).toBeTruthy();
    expect(text).not.toContain(account!.password!);
    expect(text).not.toMatch(/"(password|token|authSubject)"/);
  });

  it("is 401 when signed out", async () => {
    const res = await call(exportGet, "/api/me/export");
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe("AUTH_REQUIRED");
  });

  describe("rate limit (account.export)", () => {
    // Frozen one minute into an hour window, so the six requests share one window.
    beforeEach(() => {
      freezeDateInWindow(60 * 60_000, 60_000);
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it("allows a free user 5 exports an hour, then 429 with Retry-After", async () => {
      const user = await signUpUser();
      for (let i = 0; i < 5; i++) {
        // A new address each time: the per-user limit is what stops the sixth.
        expect((await exportOf(user, uniqueIp())).status).toBe(200);
      }
      const limited = await exportOf(user, uniqueIp());
      expect(limited.status).toBe(429);
      expect((await errorOf(limited)).code).toBe("RATE_LIMITED");
      // The exports sit in the 5-minute bucket starting at 0; it leaves the hour window at 65 min.
      expect(limited.headers.get("retry-after")).toBe(String(64 * 60));
    });

    it("allows a premium user more than 5", async () => {
      const user = await signUpUser();
      await test.db.update(users).set({ subscriptionTier: "premium" }).where(eq(users.email, user.email));
      for (let i = 0; i < 6; i++) expect((await exportOf(user, uniqueIp())).status).toBe(200);
    });

    it("limits one address across users", async () => {
      const ip = uniqueIp();
      for (let i = 0; i < 5; i++) {
        const user = await signUpUser();
        expect((await exportOf(user, ip)).status).toBe(200);
      }
      const next = await signUpUser();
      expect((await exportOf(next, ip)).status).toBe(429);
      expect((await exportOf(next, uniqueIp())).status).toBe(200);
    });
  });
});

describe("DELETE /api/me", () => {
  it("needs the confirmation word", async () => {
    const user = await signUpUser();
    for (const options of [{}, { json: {} }, { json: { confirm: "delete" } }]) {
      const res = await call(deleteMe, "/api/me", { method: "DELETE", cookie: user.cookie, ...options });
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe("VALIDATION_ERROR");
    }
    expect((await call(getMe, "/api/me", { cookie: user.cookie })).status).toBe(200);
  });

  it("deletes the account and everything it owns; the old cookie and the password stop working", async () => {
    const user = await signUpUser();
    const row = await userByEmail(test.db, user.email);
    await seedActivity(test.db, row.id, "gone");
    expect(await rowCounts(test.db, row)).toEqual({
      users: 1,
      userStats: 1,
      usageEvents: 1,
      llmCalls: 1,
      authUsers: 1,
      authSessions: 1,
      authAccounts: 1,
    });

    const res = await call(deleteMe, "/api/me", { method: "DELETE", cookie: user.cookie, json: { confirm: "DELETE" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ deleted: true });
    const cleared = res.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="));
    expect(cleared).toMatch(/^better-auth\.session_token=;.*Max-Age=0/);

    expect(await rowCounts(test.db, row)).toEqual({
      users: 0,
      userStats: 0,
      usageEvents: 0,
      llmCalls: 0,
      authUsers: 0,
      authSessions: 0,
      authAccounts: 0,
    });
    expect((await call(getMe, "/api/me", { cookie: user.cookie })).status).toBe(401);
    const signIn = await postAuth("sign-in/email", { email: user.email, password: user.password }, { ip: uniqueIp() });
    expect(signIn.status).toBe(401);
  });

  it("is 401 when signed out", async () => {
    const res = await call(deleteMe, "/api/me", { method: "DELETE", json: { confirm: "DELETE" } });
    expect(res.status).toBe(401);
  });
});
