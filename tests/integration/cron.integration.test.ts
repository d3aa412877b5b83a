import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { GET, POST, PUT } from "@/app/api/cron/[job]/route";
import { authSessions, authVerifications, rateLimitWindows, webhookDeliveries } from "@/lib/db/schema";
import { call, errorOf } from "../fixtures/http";
import { userByEmail } from "../fixtures/rows";
import { signUpUser } from "../fixtures/users";
import { useTestDatabase } from "../setup/database";
import { stubConfig } from "../setup/env";

const test = useTestDatabase();
const CRON_SECRET = "cron-secret-0123456789";
const DAY = 24 * 60 * 60_000;

function runCron(job: string, authorization?: string, handler = GET) {
  const headers = authorization ? { authorization } : undefined;
  const method = handler === GET ? "GET" : "POST";
  return call(handler, `/api/cron/${job}`, { method, headers }, { job });
}

describe("/api/cron/:job authorisation", () => {
  it.each([
    ["no Authorization header", undefined],
    ["a wrong secret", "Bearer not-the-cron-secret"],
    ["the secret without Bearer", CRON_SECRET],
    ["a prefix of the secret", `Bearer ${CRON_SECRET.slice(0, -1)}`],
  ])("is 401 with %s", async (_, authorization) => {
    stubConfig({ CRON_SECRET });
    const res = await runCron("cleanup", authorization);
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe("AUTH_REQUIRED");
  });

  it("is 401 for everyone when CRON_SECRET is not configured", async () => {
    for (const authorization of [undefined, "Bearer ", "Bearer undefined"]) {
      expect((await runCron("cleanup", authorization)).status).toBe(401);
    }
  });

  it("checks the secret before revealing whether a job exists", async () => {
    stubConfig({ CRON_SECRET });
    expect((await runCron("no-such-job")).status).toBe(401);
  });
});

describe("/api/cron/:job", () => {
  beforeEach(() => {
    stubConfig({ CRON_SECRET });
  });

  it("cleanup deletes expired sessions, verifications, old rate-limit windows and old webhook ids, and keeps the rest", async () => {
    const active = await signUpUser();
    const expired = await signUpUser();
    const expiredSubject = (await userByEmail(test.db, expired.email)).authSubject;
    await test.db.update(authSessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(authSessions.userId, expiredSubject));
    const now = Date.now();
    await test.db.insert(authVerifications).values([
      { id: "v-old", identifier: "reset", value: "x", expiresAt: new Date(now - 1000) },
      { id: "v-new", identifier: "reset", value: "y", expiresAt: new Date(now + DAY) },
    ]);
    await test.db.insert(rateLimitWindows).values([
      { key: "old", windowStart: new Date(now - 2 * DAY), hits: 3 },
      { key: "recent", windowStart: new Date(now - 60_000), hits: 1 },
    ]);
    await test.db.insert(webhookDeliveries).values([
      { source: "clerk", deliveryId: "msg_old", eventType: "user.created", receivedAt: new Date(now - 31 * DAY) },
      { source: "clerk", deliveryId: "msg_new", eventType: "user.created", receivedAt: new Date(now - DAY) },
    ]);

    const res = await runCron("cleanup", `Bearer ${CRON_SECRET}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { job: string; ms: number; result: Record<string, number> };
    expect(body.job).toBe("cleanup");
    expect(body.ms).toBeGreaterThanOrEqual(0);
    expect(body.result).toMatchObject({ expiredSessions: 1, expiredVerifications: 1, oldWebhookDeliveries: 1, rateLimitWindows: 1 });

    expect(await test.db.select().from(authSessions).where(eq(authSessions.userId, expiredSubject))).toEqual([]);
    expect((await test.db.select({ id: authVerifications.id }).from(authVerifications)).map((r) => r.id)).toEqual(["v-new"]);
    // Signing the users up and in counted against their addresses and emails; those windows are recent too.
    const keys = (await test.db.select({ key: rateLimitWindows.key }).from(rateLimitWindows)).map((r) => r.key);
    expect(keys.filter((k) => !k.startsWith("auth."))).toEqual(["recent"]);
    expect((await test.db.select({ id: webhookDeliveries.deliveryId }).from(webhookDeliveries)).map((r) => r.id)).toEqual(["msg_new"]);
    // The other user is still signed in.
    const activeSubject = (await userByEmail(test.db, active.email)).authSubject;
    expect(await test.db.select().from(authSessions).where(eq(authSessions.userId, activeSubject))).toHaveLength(1);
  });

  it("runs on POST too", async () => {
    const res = await runCron("cleanup", `Bearer ${CRON_SECRET}`, POST);
    expect(res.status).toBe(200);
  });

  it("answers 501 for a job whose pillar has not landed", async () => {
    const res = await runCron("daily-drop", `Bearer ${CRON_SECRET}`);
    expect(res.status).toBe(501);
    expect((await errorOf(res)).code).toBe("NOT_IMPLEMENTED");
  });

  it("answers 404 for an unknown job", async () => {
    const res = await runCron("mine-bitcoin", `Bearer ${CRON_SECRET}`);
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("NOT_FOUND");
  });

  it("answers PUT with 405", async () => {
    const res = await call(PUT, "/api/cron/cleanup", { method: "PUT", headers: { authorization: `Bearer ${CRON_SECRET}` } }, { job: "cleanup" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, POST");
  });
});
