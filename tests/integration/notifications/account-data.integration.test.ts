import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as exportGet } from "@/app/api/me/export/route";
import { DELETE as deleteMe } from "@/app/api/me/route";
import { deliveryJobs, emailOutbox, notificationPreferences, notifications } from "@/lib/db/schema";
import { notify } from "@/lib/notifications/notify";
import { saveKindPreferences } from "@/lib/notifications/preferences";
import { runDeliveries } from "@/lib/notifications/run-deliveries";
import { call } from "@/tests/fixtures/http";
import { userByEmail } from "@/tests/fixtures/rows";
import { signUpUser } from "@/tests/fixtures/users";
import { useTestDatabase } from "@/tests/setup/database";

const testDb = useTestDatabase();

async function person() {
  const account = await signUpUser();
  const row = await userByEmail(testDb.db, account.email);
  await notify({ db: testDb.db, userId: row.id, kind: "billing.payment-failed", title: `For ${account.email}` });
  await saveKindPreferences({ db: testDb.db, userId: row.id, changes: { "connect.match": { email: true } } });
  return { ...account, id: row.id };
}

async function ownedRows(user: { id: string; email: string }) {
  const count = async (rows: Promise<unknown[]>) => (await rows).length;
  return {
    notifications: await count(testDb.db.select().from(notifications).where(eq(notifications.userId, user.id))),
    preferences: await count(testDb.db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, user.id))),
    outbox: await count(testDb.db.select().from(emailOutbox).where(eq(emailOutbox.to, user.email))),
  };
}

describe("notification data in the account export and deletion", () => {
  it("exports the user's own notifications and preferences", async () => {
    const a = await person();
    await person();
    const res = await call(exportGet, "/api/me/export", { cookie: a.cookie, ip: a.ip });
    const data = (await res.json()) as { notifications: { title: string }[]; notificationPreferences: { kind: string; email: boolean }[] };
    expect(data.notifications.map((n) => n.title)).toEqual([`For ${a.email}`]);
    expect(data.notificationPreferences).toEqual([expect.objectContaining({ kind: "connect.match", email: true })]);
  });

  it("deleting the account removes its notifications, preferences, kept mail and queued mail, and no one else's", async () => {
    const a = await person();
    const b = await person();
    await runDeliveries({ db: testDb.db });
    await signUpUser({ email: `second-${a.email}` });
    const bBefore = await ownedRows(b);
    expect(await ownedRows(a)).toEqual({ notifications: 1, preferences: 1, outbox: 2 });

    const res = await call(deleteMe, "/api/me", { method: "DELETE", cookie: a.cookie, json: { confirm: "DELETE" } });
    expect(res.status).toBe(200);
    expect(await ownedRows(a)).toEqual({ notifications: 0, preferences: 0, outbox: 0 });
    expect(await ownedRows(b)).toEqual(bBefore);
    const queued = await testDb.db.select().from(deliveryJobs);
    expect(queued.some((j) => JSON.stringify(j.payload).includes(`"${a.email}"`))).toBe(false);
  });
});
