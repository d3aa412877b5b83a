import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as authGet } from "@/app/api/auth/[...all]/route";
import { GET as getMe } from "@/app/api/me/route";
import { setDatabaseForTests } from "@/lib/db/client";
import { authUsers, deliveryJobs, users } from "@/lib/db/schema";
import { openTestDatabase, useTestDatabase } from "../setup/database";
import { stubConfig } from "../setup/env";
import { freezeDateInWindow } from "../fixtures/clock";
import { call, errorOf, uniqueIp } from "../fixtures/http";
import { PASSWORD, postAuth, sessionCookieOf, signUpUser, uniqueEmail } from "../fixtures/users";

const test = useTestDatabase();

type Me = { id: string; email: string; displayName: string; authProvider: string; preferredLanguage: string };

async function me(cookie: string | undefined): Promise<Response> {
  return call(getMe, "/api/me", { cookie });
}

describe("sign-up", () => {
  it("creates the account, which then signs in with a cookie that /api/me accepts", async () => {
    const email = uniqueEmail("ada");
    const ip = uniqueIp();
    const created = await postAuth("sign-up/email", { name: "Ada Lovelace", email, password: PASSWORD }, { ip });
    expect(created.status).toBe(200);
    expect(await created.json()).toEqual({ status: "check-email" });
    const res = await postAuth("sign-in/email", { email, password: PASSWORD }, { ip });
    expect(res.status).toBe(200);
    const cookie = sessionCookieOf(res);
    expect(cookie).toMatch(/^better-auth\.session_token=.+/);

    const meRes = await me(cookie);
    expect(meRes.status).toBe(200);
    const body = (await meRes.json()) as Me;
    expect(body).toMatchObject({
      email,
      displayName: "Ada Lovelace",
      authProvider: "local",
      preferredLanguage: "en",
      timezone: "UTC",
      coachStyle: "supportive",
      subscriptionTier: "free",
    });
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.keys(body)).not.toContain("authSubject");
  });

  it("starts the account in the language the visitor chose before signing up (switcher cookie, else Accept-Language)", async () => {
    const languageAfterSignUp = async (headers: HeadersInit) => {
      const email = uniqueEmail();
      const ip = uniqueIp();
      expect((await postAuth("sign-up/email", { name: "Lola", email, password: PASSWORD }, { ip, headers })).status).toBe(200);
      const cookie = sessionCookieOf(await postAuth("sign-in/email", { email, password: PASSWORD }, { ip }));
      return ((await (await me(cookie)).json()) as Me).preferredLanguage;
    };
    expect(await languageAfterSignUp({ cookie: "theme=dark; NEXT_LOCALE=es" })).toBe("es");
    expect(await languageAfterSignUp({ "accept-language": "es-MX,es;q=0.9,en;q=0.5" })).toBe("es");
    expect(await languageAfterSignUp({ "accept-language": "de-DE" })).toBe("en");
  });

  it("does not put the session token in the JSON body", async () => {
    const email = uniqueEmail();
    const ip = uniqueIp();
    expect((await postAuth("sign-up/email", { name: "Body", email, password: PASSWORD }, { ip })).status).toBe(200);
    const res = await postAuth("sign-in/email", { email, password: PASSWORD }, { ip });
    expect(res.status).toBe(200);
    const token = decodeURIComponent(sessionCookieOf(res)!.split("=")[1]!).split(".")[0]!;
    const text = await res.text();
    expect(JSON.parse(text)).not.toHaveProperty("token");
    expect(JSON.parse(text)).toHaveProperty("user.email");
    expect(text).not.toContain(token);
  });

  it("answers a taken email exactly as a new one, signs no one in, and tells the owner by mail", async () => {
    const user = await signUpUser();
    const taken = await postAuth("sign-up/email", { name: "Again", email: user.email, password: "another password" }, { ip: uniqueIp() });
    const fresh = await postAuth("sign-up/email", { name: "New", email: uniqueEmail(), password: PASSWORD }, { ip: uniqueIp() });
    expect(taken.status).toBe(200);
    expect(fresh.status).toBe(200);
    expect(await taken.json()).toEqual(await fresh.json());
    expect(taken.headers.get("set-cookie")).toBeNull();
    expect(fresh.headers.get("set-cookie")).toBeNull();
    const rows = await test.db.select().from(users).where(eq(users.email, user.email));
    expect(rows).toHaveLength(1);
    const jobs = await test.db.select({ payload: deliveryJobs.payload }).from(deliveryJobs);
    const subjects = jobs.map((j) => (j.payload as { message: { to: string; subject: string } }).message).filter((m) => m.to === user.email).map((m) => m.subject);
    expect(subjects).toContain("You already have a Cadence account");
  });

  it("answers 400 with details naming each invalid field", async () => {
    const res = await postAuth("sign-up/email", { name: "", email: "not-an-email", password: "short" }, { ip: uniqueIp() });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.details?.map((d) => d.field).sort()).toEqual(["email", "name", "password"]);
    expect(error.requestId).toBeTruthy();
  });

  it("accepts a 254-character email", async () => {
    const email = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(57)}.com`;
    expect(email).toHaveLength(254);
    const user = await signUpUser({ email });
    const body = (await (await me(user.cookie)).json()) as Me;
    expect(body.email).toBe(email);
  });

  it("stores unicode and markup in names verbatim and returns them as JSON text", async () => {
    for (const name of ["Zoë 山田 🚀", "<script>alert(1)</script>\u0007"]) {
      const user = await signUpUser({ name });
      const res = await me(user.cookie);
      expect(res.headers.get("content-type")).toContain("application/json");
      const body = (await res.json()) as Me;
      expect(body.displayName).toBe(name);
      const [row] = await test.db.select().from(authUsers).where(eq(authUsers.email, user.email));
      expect(row?.name).toBe(name);
    }
  });

  it("sets an HttpOnly, SameSite=Lax session cookie without Secure on http", async () => {
    const email = uniqueEmail();
    const ip = uniqueIp();
    await postAuth("sign-up/email", { name: "C", email, password: PASSWORD }, { ip });
    const res = await postAuth("sign-in/email", { email, password: PASSWORD }, { ip });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });

  it("marks the session cookie Secure when APP_URL is https", async () => {
    stubConfig({ APP_URL: "https://cadence.example" });
    // A new database gets a new auth instance, built from the https configuration.
    const database = await openTestDatabase();
    try {
      setDatabaseForTests(database);
      const baseUrl = "https://cadence.example";
      const email = uniqueEmail();
      const ip = uniqueIp();
      expect((await postAuth("sign-up/email", { name: "S", email, password: PASSWORD }, { ip, baseUrl })).status).toBe(200);
      const res = await postAuth("sign-in/email", { email, password: PASSWORD }, { ip, baseUrl });
      expect(res.status).toBe(200);
      const cookie = res.headers.getSetCookie().find((c) => /^__Secure-better-auth\.session_token=/.test(c));
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Lax/i);
      const meRes = await call(getMe, "/api/me", { baseUrl, cookie: sessionCookieOf(res) });
      expect(meRes.status).toBe(200);
    } finally {
      await database.dispose();
    }
  });
});

describe("origins", () => {
  it("in development without APP_URL signs up from a localhost page on any port", async () => {
    stubConfig({ APP_URL: undefined, NODE_ENV: "development" });
    const database = await openTestDatabase();
    try {
      setDatabaseForTests(database);
      const res = await postAuth("sign-up/email", { name: "Dev", email: uniqueEmail(), password: PASSWORD }, { ip: uniqueIp(), baseUrl: "http://localhost:3001" });
      expect(res.status).toBe(200);
    } finally {
      await database.dispose();
    }
  });

  it("outside development, refuses a sign-up from another port with a message naming APP_URL", async () => {
    const res = await postAuth("sign-up/email", { name: "X", email: uniqueEmail(), password: PASSWORD }, { ip: uniqueIp(), baseUrl: "http://localhost:3001" });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).message).toMatch(/APP_URL/);
  });
});

describe("sessions", () => {
  it("get-session returns the signed-in user", async () => {
    const user = await signUpUser();
    const res = await call(authGet, "/api/auth/get-session", { cookie: user.cookie }, { all: ["get-session"] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { user: { email: string } };
    expect(body.user.email).toBe(user.email);
  });

  it("sign-out ends the session and clears the browser's cache: /api/me is 401 with the old cookie", async () => {
    const user = await signUpUser();
    expect((await me(user.cookie)).status).toBe(200);
    const res = await postAuth("sign-out", {}, { cookie: user.cookie, ip: user.ip });
    expect(res.status).toBe(200);
    expect(res.headers.get("clear-site-data")).toBe('"cache"');
    const after = await me(user.cookie);
    expect(after.status).toBe(401);
    expect((await errorOf(after)).code).toBe("AUTH_REQUIRED");
  });

  it("sign-in with the right password returns a working cookie", async () => {
    const user = await signUpUser();
    const res = await postAuth("sign-in/email", { email: user.email, password: user.password }, { ip: user.ip });
    expect(res.status).toBe(200);
    const cookie = sessionCookieOf(res);
    expect(cookie).toBeDefined();
    expect(cookie).not.toBe(user.cookie);
    expect((await res.json()) as object).not.toHaveProperty("token");
    const body = (await (await me(cookie)).json()) as Me;
    expect(body.email).toBe(user.email);
  });

  it("sign-in with a wrong password is 401 AUTH_REQUIRED and sets no cookie", async () => {
    const user = await signUpUser();
    const res = await postAuth("sign-in/email", { email: user.email, password: "wrong password" }, { ip: user.ip });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe("AUTH_REQUIRED");
    expect(sessionCookieOf(res)).toBeUndefined();
  });
});

describe("failed sign-in limits", () => {
  // 5 seconds into a 15-minute window (so also into a minute), frozen, so attempts share buckets.
  let start = 0;
  beforeEach(() => {
    start = freezeDateInWindow(15 * 60_000, 5_000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const wrong = (email: string, ip = uniqueIp(), i = 0) =>
    postAuth("sign-in/email", { email, password: `wrong-${i}-password` }, { ip });

  it("slows an email after three quick failures, even with the right password, with Retry-After", async () => {
    const user = await signUpUser();
    // A different address each time: the per-email limit alone must stop this.
    for (let i = 0; i < 3; i++) expect((await wrong(user.email, uniqueIp(), i)).status).toBe(401);
    const limited = await postAuth("sign-in/email", { email: user.email, password: user.password }, { ip: uniqueIp() });
    expect(limited.status).toBe(429);
    expect((await errorOf(limited)).code).toBe("RATE_LIMITED");
    // Three failures in the 5 s bucket starting at 5 s of the minute: free again at 70 s.
    expect(limited.headers.get("retry-after")).toBe("65");
    expect(sessionCookieOf(limited)).toBeUndefined();
    vi.setSystemTime(start + 65_000);
    expect((await postAuth("sign-in/email", { email: user.email, password: user.password }, { ip: uniqueIp() })).status).toBe(200);
  });

  it("allows five failures per email in 15 minutes, then waits for the oldest to leave the window", async () => {
    const user = await signUpUser();
    for (let i = 0; i < 3; i++) expect((await wrong(user.email, uniqueIp(), i)).status).toBe(401);
    vi.setSystemTime(start + 65_000);
    for (let i = 0; i < 2; i++) expect((await wrong(user.email, uniqueIp(), i)).status).toBe(401);
    vi.setSystemTime(start + 130_000);
    const limited = await postAuth("sign-in/email", { email: user.email, password: user.password }, { ip: uniqueIp() });
    expect(limited.status).toBe(429);
    // The first failures sit in the 75 s bucket starting at 0 s: it leaves the window at 975 s.
    expect(limited.headers.get("retry-after")).toBe(String(975 - 5 - 130));
  });

  it("evaluates at most five of 40 parallel wrong passwords, and refuses the right one after them", async () => {
    const user = await signUpUser();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => wrong(user.email, uniqueIp(), i)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    const after = await postAuth("sign-in/email", { email: user.email, password: user.password }, { ip: uniqueIp() });
    expect(after.status).toBe(429);
    expect(sessionCookieOf(after)).toBeUndefined();
  });

  it("limits one socket address to 20 failures in 15 minutes however it rotates X-Forwarded-For", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 20; i++) {
      const res = await postAuth(
        "sign-in/email",
        { email: uniqueEmail("nobody"), password: "wrong password" },
        { ip, headers: { "x-forwarded-for": `203.0.113.${i + 1}` } },
      );
      expect(res.status).toBe(401);
    }
    const user = await signUpUser();
    const limited = await postAuth("sign-in/email", { email: user.email, password: user.password }, { ip, headers: { "x-forwarded-for": "198.51.100.77" } });
    expect(limited.status).toBe(429);
    // The same account from another address still signs in.
    const elsewhere = await postAuth("sign-in/email", { email: user.email, password: user.password }, { ip: uniqueIp() });
    expect(elsewhere.status).toBe(200);
  });

  it("does not count successful sign-ins", async () => {
    const user = await signUpUser();
    for (let i = 0; i < 7; i++) {
      const res = await postAuth("sign-in/email", { email: user.email, password: user.password }, { ip: user.ip });
      expect(res.status).toBe(200);
    }
  });
});

describe("sign-up limits", () => {
  it("allows five sign-ups per address per hour, then answers 429 with Retry-After", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) await signUpUser({ ip });
    const res = await postAuth("sign-up/email", { name: "Sixth", email: uniqueEmail(), password: PASSWORD }, { ip });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await postAuth("sign-up/email", { name: "Other", email: uniqueEmail(), password: PASSWORD }, { ip: uniqueIp() })).status).toBe(200);
  });
});
