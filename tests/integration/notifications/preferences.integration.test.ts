import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET, PUT } from "@/app/api/notifications/preferences/route";
import { GET as listGet } from "@/app/api/notifications/route";
import { deliveryJobs, emailOutbox, users } from "@/lib/db/schema";
import { notify } from "@/lib/notifications/notify";
import { runDeliveries } from "@/lib/notifications/run-deliveries";
import { call, errorOf } from "@/tests/fixtures/http";
import { userByEmail } from "@/tests/fixtures/rows";
import { signUpUser } from "@/tests/fixtures/users";
import { useTestDatabase } from "@/tests/setup/database";

const testDb = useTestDatabase();

type Prefs = { kinds: Record<string, { inApp: boolean; push: boolean; email: boolean }>; quietHours: { start: string; end: string } | null; emailDigest: boolean; timeZone: string; catalog: { kind: string; label: string }[] };

async function person(timezone = "Europe/Paris") {
  const account = await signUpUser();
  const row = await userByEmail(testDb.db, account.email);
  await testDb.db.update(users).set({ timezone }).where(eq(users.id, row.id));
  return { ...account, id: row.id };
}

const put = (cookie: string, json: unknown) => call(PUT, "/api/notifications/preferences", { method: "PUT", cookie, json });
const get = async (cookie: string) => (await (await call(GET, "/api/notifications/preferences", { cookie })).json()) as Prefs;

async function notificationMails(email: string) {
  const mails = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.to, email));
  return mails.filter((m) => !m.subject.startsWith("Verify"));
}

describe("GET|PUT /api/notifications/preferences", () => {
  it("starts from each kind's defaults and saves only what is sent", async () => {
    const a = await person();
    const before = await get(a.cookie);
    expect(before.kinds["connect.match"]).toEqual({ inApp: true, push: true, email: false });
    expect(before).toMatchObject({ quietHours: null, emailDigest: false, timeZone: "Europe/Paris" });
    expect(before.catalog.map((c) => c.kind)).toContain("coach.session-reminder");

    const res = await put(a.cookie, { kinds: { "connect.match": { email: true } }, quietHours: { start: "22:00", end: "07:00" } });
    expect(res.status).toBe(200);
    const after = await get(a.cookie);
    expect(after.kinds["connect.match"]).toEqual({ inApp: true, push: true, email: true });
    expect(after.kinds["billing.payment-failed"]).toEqual(before.kinds["billing.payment-failed"]);
    expect(after.quietHours).toEqual({ start: "22:00", end: "07:00" });
    await put(a.cookie, { quietHours: null, emailDigest: true });
    expect(await get(a.cookie)).toMatchObject({ quietHours: null, emailDigest: true });
  });

  it.each([
    [{ kinds: { "made.up": { email: true } } }],
    [{ kinds: { "connect.match": { sms: true } } }],
    [{ quietHours: { start: "25:00", end: "07:00" } }],
    [{ quietHours: { start: "07:00", end: "07:00" } }],
    [{ emailDigest: "yes" }],
  ])("rejects %j with 400", async (json) => {
    const a = await person();
    const res = await put(a.cookie, json);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("VALIDATION_ERROR");
  });

  it("user B's changes never touch user A's preferences", async () => {
    const a = await person();
    const b = await person();
    await put(b.cookie, { kinds: { "billing.payment-failed": { email: false, inApp: false } }, emailDigest: true });
    expect((await get(a.cookie)).kinds["billing.payment-failed"]).toEqual({ inApp: true, push: true, email: true });
    expect((await get(a.cookie)).emailDigest).toBe(false);
    expect((await call(GET, "/api/notifications/preferences")).status).toBe(401);
  });
});

describe("preferences at delivery", () => {
  it("a kind turned off in-app is written already read; turned off for email, it queues no mail", async () => {
    const a = await person();
    await put(a.cookie, { kinds: { "billing.payment-failed": { inApp: false, email: false } } });
    const id = await notify({ db: testDb.db, userId: a.id, kind: "billing.payment-failed", title: "Hidden" });
    const page = (await (await call(listGet, "/api/notifications", { cookie: a.cookie })).json()) as { unread: number; items: { readAt: string | null }[] };
    expect(page.unread).toBe(0);
    expect(page.items[0]?.readAt).toEqual(expect.any(String));
    expect(await testDb.db.select().from(deliveryJobs).where(eq(deliveryJobs.key, `email:${id}`))).toEqual([]);
  });

  it("holds email through quiet hours in the user's timezone and sends when they end", async () => {
    const a = await person("Europe/Paris");
    await put(a.cookie, { quietHours: { start: "22:00", end: "07:00" } });
    await notify({ db: testDb.db, userId: a.id, kind: "billing.payment-failed", title: "At night" });
    const night = new Date("2027-06-10T21:30:00Z"); // 23:30 in Paris
    expect(await runDeliveries({ db: testDb.db, now: () => night })).toMatchObject({ held: 1 });
    expect(await notificationMails(a.email)).toEqual([]);
    await runDeliveries({ db: testDb.db, now: () => new Date("2027-06-11T04:59:00Z") });
    expect(await notificationMails(a.email)).toEqual([]);
    await runDeliveries({ db: testDb.db, now: () => new Date("2027-06-11T05:00:00Z") }); // 07:00 in Paris
    expect((await notificationMails(a.email)).map((m) => m.subject)).toEqual(["Your Cadence payment did not go through"]);
  });

  it("collects email into one daily digest at 08:00 local", async () => {
    const a = await person("America/New_York");
    await put(a.cookie, { emailDigest: true });
    await notify({ db: testDb.db, userId: a.id, kind: "billing.payment-failed", title: "First" });
    await notify({ db: testDb.db, userId: a.id, kind: "coach.session-reminder", title: "Second" });
    const evening = new Date("2027-06-10T23:00:00Z"); // 19:00 in New York
    await runDeliveries({ db: testDb.db, now: () => evening });
    expect(await notificationMails(a.email)).toEqual([]);
    await runDeliveries({ db: testDb.db, now: () => new Date("2027-06-11T12:00:00Z") }); // 08:00 in New York
    const mails = await notificationMails(a.email);
    expect(mails.map((m) => m.subject)).toEqual(["Your Cadence digest: 2 updates"]);
    expect(mails[0]?.text).toContain("First");
    expect(mails[0]?.text).toContain("Second");
  });
});
