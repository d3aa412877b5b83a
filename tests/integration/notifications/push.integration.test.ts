import { eq } from "drizzle-orm";
import { http, HttpResponse } from "msw";
import { existsSync } from "node:fs";
import path from "node:path";
import webpush from "web-push";
import { describe, expect, it, vi } from "vitest";
import { DELETE as unsubscribe, POST as subscribe } from "@/app/api/push/subscriptions/route";
import { GET as vapidKey } from "@/app/api/push/vapid-public-key/route";
import { resetConfig } from "@/lib/config";
import { deliveryJobs, pushSubscriptions, users } from "@/lib/db/schema";
import { notify } from "@/lib/notifications/notify";
import { saveKindPreferences } from "@/lib/notifications/preferences";
import { runDeliveries } from "@/lib/notifications/run-deliveries";
import { saveDeliverySettings } from "@/lib/notifications/settings";
import { call, errorOf } from "@/tests/fixtures/http";
import { createTestSubscription, decryptPushBody, verifyVapid } from "@/tests/fixtures/push-service";
import { userByEmail } from "@/tests/fixtures/rows";
import { signUpUser } from "@/tests/fixtures/users";
import { useTestDatabase } from "@/tests/setup/database";
import { network } from "@/tests/setup/integration";

const testDb = useTestDatabase();
const PUSH_ORIGIN = "https://push.example.test";

async function person() {
  const account = await signUpUser();
  await runDeliveries({ db: testDb.db });
  const row = await userByEmail(testDb.db, account.email);
  return { ...account, id: row.id };
}

let counter = 0;
function device() {
  counter += 1;
  return createTestSubscription(`${PUSH_ORIGIN}/send/device-${counter}-${Math.random().toString(36).slice(2)}`);
}

const post = (cookie: string, json: unknown) => call(subscribe, "/api/push/subscriptions", { method: "POST", cookie, json });
const remove = (cookie: string, json: unknown) => call(unsubscribe, "/api/push/subscriptions", { method: "DELETE", cookie, json });

async function publicKey(): Promise<string> {
  return ((await (await call(vapidKey, "/api/push/vapid-public-key")).json()) as { publicKey: string }).publicKey;
}

describe("web push", () => {
  it("sends each device an encrypted, VAPID-signed message that the service worker can show", async () => {
    const a = await person();
    const phone = device();
    expect((await post(a.cookie, { endpoint: phone.endpoint, keys: phone.keys })).status).toBe(201);
    const key = await publicKey();
    expect(Buffer.from(key, "base64url")).toHaveLength(65);

    const received: { message: unknown; ttl: string | null; encoding: string | null }[] = [];
    network.use(
      http.post(phone.endpoint, async ({ request }) => {
        verifyVapid(request.headers.get("authorization"), { publicKey: key, endpoint: phone.endpoint });
        const body = Buffer.from(await request.arrayBuffer());
        received.push({ message: JSON.parse(decryptPushBody(body, phone)), ttl: request.headers.get("ttl"), encoding: request.headers.get("content-encoding") });
        return new HttpResponse(null, { status: 201 });
      }),
    );
    const id = await notify({ db: testDb.db, userId: a.id, kind: "connect.match", title: "You have a match", body: "Say hi", url: "/connect" });
    const [job] = await testDb.db.select().from(deliveryJobs).where(eq(deliveryJobs.type, "push"));
    expect(job).toMatchObject({ state: "pending", payload: { notificationId: id } });

    await runDeliveries({ db: testDb.db });
    await runDeliveries({ db: testDb.db });
    expect(received).toEqual([
      {
        message: { id, kind: "connect.match", title: "You have a match", body: "Say hi", url: "/connect", actions: [], confirmations: {} },
        ttl: "86400",
        encoding: "aes128gcm",
      },
    ]);
  });

  it("words a check-in reminder's buttons in the recipient's preferred language", async () => {
    const a = await person();
    await testDb.db.update(users).set({ preferredLanguage: "es" }).where(eq(users.id, a.id));
    const phone = device();
    await post(a.cookie, { endpoint: phone.endpoint, keys: phone.keys });
    const received: unknown[] = [];
    network.use(
      http.post(phone.endpoint, async ({ request }) => {
        received.push(JSON.parse(decryptPushBody(Buffer.from(await request.arrayBuffer()), phone)));
        return new HttpResponse(null, { status: 201 });
      }),
    );
    await notify({ db: testDb.db, userId: a.id, kind: "wellbeing.check-in", title: "Tu check-in diario", url: "/wellbeing" });
    await runDeliveries({ db: testDb.db });
    expect(received).toMatchObject([
      {
        actions: [
          { action: "checkin:4", title: "Bien" },
          { action: "checkin:2", title: "Bajo" },
        ],
        confirmations: { "checkin:4": "Registrado: Bien", "checkin:2": "Registrado: Bajo" },
      },
    ]);
  });

  it("removes a subscription whose push service answers 410 (or 404), and retries other failures", async () => {
    const a = await person();
    const gone = device();
    const flaky = device();
    await post(a.cookie, { endpoint: gone.endpoint, keys: gone.keys });
    await post(a.cookie, { endpoint: flaky.endpoint, keys: flaky.keys });
    network.use(
      http.post(gone.endpoint, () => new HttpResponse(null, { status: 410 })),
      http.post(flaky.endpoint, () => new HttpResponse("busy", { status: 503 })),
    );
    await notify({ db: testDb.db, userId: a.id, kind: "connect.match", title: "Match" });
    expect(await runDeliveries({ db: testDb.db })).toMatchObject({ done: 1, retried: 1 });
    const left = await testDb.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, a.id));
    expect(left.map((s) => s.endpoint)).toEqual([flaky.endpoint]);
  });

  it("a kind with push turned off sends nothing", async () => {
    const a = await person();
    const phone = device();
    await post(a.cookie, { endpoint: phone.endpoint, keys: phone.keys });
    await saveKindPreferences({ db: testDb.db, userId: a.id, changes: { "connect.match": { push: false } } });
    const id = await notify({ db: testDb.db, userId: a.id, kind: "connect.match", title: "Quiet" });
    const pushes = await testDb.db.select().from(deliveryJobs).where(eq(deliveryJobs.type, "push"));
    expect(pushes.filter((j) => j.payload.notificationId === id)).toEqual([]);
  });
});

describe("VAPID keys and quiet hours", () => {
  it("generates the key pair once into DATA_DIR, and takes it from the environment when set", async () => {
    const generated = await publicKey();
    expect(existsSync(path.resolve(process.env.DATA_DIR ?? "", "vapid-keys.json"))).toBe(true);
    expect(await publicKey()).toBe(generated);
    const keys = webpush.generateVAPIDKeys();
    vi.stubEnv("VAPID_PUBLIC_KEY", keys.publicKey);
    vi.stubEnv("VAPID_PRIVATE_KEY", keys.privateKey);
    resetConfig();
    expect(await publicKey()).toBe(keys.publicKey);
  });

  it("holds push through quiet hours and sends when they end", async () => {
    const a = await person();
    const phone = device();
    await post(a.cookie, { endpoint: phone.endpoint, keys: phone.keys });
    await testDb.db.update(users).set({ timezone: "Asia/Tokyo" }).where(eq(users.id, a.id));
    await saveDeliverySettings({ db: testDb.db, userId: a.id, changes: { quietHours: { start: "22:00", end: "07:00" } } });
    let pushed = 0;
    // Draining at a later "now" also runs other tests' retries, so the whole push service answers.
    network.use(
      http.post(`${PUSH_ORIGIN}/*`, ({ request }) => {
        if (request.url === phone.endpoint) pushed += 1;
        return new HttpResponse(null, { status: 201 });
      }),
    );
    await notify({ db: testDb.db, userId: a.id, kind: "connect.match", title: "At night" });
    await runDeliveries({ db: testDb.db, now: () => new Date("2027-06-10T14:00:00Z") }); // 23:00 in Tokyo
    expect(pushed).toBe(0);
    await runDeliveries({ db: testDb.db, now: () => new Date("2027-06-10T22:00:00Z") }); // 07:00 in Tokyo
    expect(pushed).toBe(1);
  });
});

describe("POST|DELETE /api/push/subscriptions", () => {
  it.each([
    ["a non-https endpoint", { endpoint: "http://push.example.test/x", keys: device().keys }, "endpoint"],
    ["a malformed p256dh key", { endpoint: `${PUSH_ORIGIN}/x`, keys: { p256dh: "short", auth: device().keys.auth } }, "keys.p256dh"],
    ["a malformed auth secret", { endpoint: `${PUSH_ORIGIN}/x`, keys: { p256dh: device().keys.p256dh, auth: "!!" } }, "keys.auth"],
    ["no keys", { endpoint: `${PUSH_ORIGIN}/x` }, "keys"],
  ])("rejects %s with 400", async (_, json, field) => {
    const a = await person();
    const res = await post(a.cookie, json);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).details?.map((d) => d.field)).toContain(field);
  });

  it("user B cannot remove user A's device, and each removes only their own", async () => {
    const a = await person();
    const b = await person();
    const phone = device();
    await post(a.cookie, { endpoint: phone.endpoint, keys: phone.keys });
    expect(await (await remove(b.cookie, { endpoint: phone.endpoint })).json()).toEqual({ deleted: 0 });
    expect(await testDb.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.endpoint, phone.endpoint))).toHaveLength(1);
    expect(await (await remove(a.cookie, { endpoint: phone.endpoint })).json()).toEqual({ deleted: 1 });
    expect((await post("", { endpoint: phone.endpoint, keys: phone.keys })).status).toBe(401);
  });
});
