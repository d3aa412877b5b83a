import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { POST as unsubscribePost } from "@/app/api/notifications/unsubscribe/route";
import { resetConfig } from "@/lib/config";
import { deliveryJobs, emailOutbox, type User } from "@/lib/db/schema";
import { canSeeOutbox } from "@/lib/notifications/email/outbox";
import { createUnsubscribeToken } from "@/lib/notifications/email/unsubscribe-token";
import { notify } from "@/lib/notifications/notify";
import { getKindPreferences } from "@/lib/notifications/preferences";
import { runDeliveries } from "@/lib/notifications/run-deliveries";
import { call, errorOf } from "@/tests/fixtures/http";
import { userByEmail } from "@/tests/fixtures/rows";
import { decodeQuotedPrintable, headerOf, startSmtpServer } from "@/tests/fixtures/smtp";
import { signUpUser } from "@/tests/fixtures/users";
import { useTestDatabase } from "@/tests/setup/database";

const testDb = useTestDatabase();

/** A new user whose sign-up mail (verification) has already gone out. */
async function person(): Promise<User> {
  const account = await signUpUser();
  await runDeliveries({ db: testDb.db });
  return userByEmail(testDb.db, account.email);
}

const paymentFailed = (userId: string) =>
  notify({ db: testDb.db, userId, kind: "billing.payment-failed", title: "Your card was declined", body: "We could not charge your card.", url: "/settings/billing" });

async function outboxFor(email: string) {
  const mails = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.to, email));
  return mails.filter((m) => !m.subject.startsWith("Verify"));
}

function oneClick(token: string, headers: HeadersInit = {}) {
  return call(unsubscribePost, `/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`, {
    method: "POST",
    body: "List-Unsubscribe=One-Click",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example.net", ...headers },
  });
}

describe("email delivery", () => {
  it("hands email to the job only for kinds that mail by default, and the job fills the outbox once", async () => {
    const a = await person();
    const quiet = await notify({ db: testDb.db, userId: a.id, kind: "connect.match", title: "A match" });
    const loud = await paymentFailed(a.id);
    const jobs = await testDb.db.select().from(deliveryJobs).where(eq(deliveryJobs.key, `email:${loud}`));
    expect(jobs).toEqual([expect.objectContaining({ type: "notification-email", state: "pending", payload: { notificationId: loud } })]);
    expect(await testDb.db.select().from(deliveryJobs).where(eq(deliveryJobs.key, `email:${quiet}`))).toEqual([]);

    await runDeliveries({ db: testDb.db });
    await runDeliveries({ db: testDb.db });
    const mails = await outboxFor(a.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ subject: "Your Cadence payment did not go through" });
    expect(mails[0]?.text).toContain("Your card was declined");
    expect(mails[0]?.text).toContain("http://localhost:3000/settings/billing");
    expect(mails[0]?.text).toMatch(/Unsubscribe from these emails: http:\/\/localhost:3000\/unsubscribe\?token=/);
    expect(mails[0]?.html).toContain('href="http://localhost:3000/settings/billing"');
    expect(mails[0]?.headers["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:3000\/api\/notifications\/unsubscribe\?token=.+>$/);
    expect(mails[0]?.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const [job] = await testDb.db.select().from(deliveryJobs).where(eq(deliveryJobs.key, `email:${loud}`));
    expect(job).toMatchObject({ state: "sent", attempts: 1 });
  });

  it("sends through a real SMTP server when SMTP_URL and EMAIL_FROM are set", async () => {
    const smtp = await startSmtpServer();
    try {
      const a = await person();
      vi.stubEnv("SMTP_URL", smtp.url);
      vi.stubEnv("EMAIL_FROM", "Cadence <hello@cadence.test>");
      resetConfig();
      const arrived = smtp.next();
      await paymentFailed(a.id);
      expect(await runDeliveries({ db: testDb.db })).toMatchObject({ done: 1 });
      const mail = await arrived;
      expect(mail.from).toBe("hello@cadence.test");
      expect(mail.to).toEqual([a.email]);
      expect(headerOf(mail.raw, "Subject")).toBe("Your Cadence payment did not go through");
      expect(headerOf(mail.raw, "From")).toBe("Cadence <hello@cadence.test>");
      expect(headerOf(mail.raw, "List-Unsubscribe")).toMatch(/^<http:\/\/localhost:3000\/api\/notifications\/unsubscribe\?token=[^>]+>$/);
      expect(headerOf(mail.raw, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
      expect(headerOf(mail.raw, "Content-Type")).toMatch(/^multipart\/alternative/);
      const body = decodeQuotedPrintable(mail.raw);
      expect(body).toContain("Content-Type: text/plain");
      expect(body).toContain("Content-Type: text/html");
      expect(body).toContain("We could not charge your card.");
      expect(body).toContain('<a href="http://localhost:3000/settings/billing"');
      expect(await outboxFor(a.email)).toEqual([]);
    } finally {
      await smtp.close();
    }
  });

  it("retries with backoff when the server refuses, and gives up after the last attempt", async () => {
    const smtp = await startSmtpServer({ reject: "mailbox unavailable" });
    try {
      const a = await person();
      vi.stubEnv("SMTP_URL", smtp.url);
      vi.stubEnv("EMAIL_FROM", "hello@cadence.test");
      resetConfig();
      const id = await paymentFailed(a.id);
      const start = Date.now();
      expect(await runDeliveries({ db: testDb.db, now: () => new Date(start) })).toMatchObject({ retried: 1 });
      const [retry] = await testDb.db.select().from(deliveryJobs).where(eq(deliveryJobs.key, `email:${id}`));
      expect(retry).toMatchObject({ state: "pending", attempts: 1, lastError: expect.stringContaining("mailbox unavailable") });
      expect(retry!.runAt.getTime()).toBe(start + 30_000);
      expect(await runDeliveries({ db: testDb.db, now: () => new Date(start + 1_000) })).toMatchObject({ retried: 0 });
      for (let n = 1; n <= 4; n++) await runDeliveries({ db: testDb.db, now: () => new Date(start + n * 3_600_000) });
      const [gaveUp] = await testDb.db.select().from(deliveryJobs).where(eq(deliveryJobs.key, `email:${id}`));
      expect(gaveUp).toMatchObject({ state: "failed", attempts: 5 });
    } finally {
      await smtp.close();
    }
  });

  it("never sends one message twice when two drains run at once", async () => {
    const a = await person();
    for (let n = 0; n < 5; n++) await paymentFailed(a.id);
    await Promise.all([runDeliveries({ db: testDb.db }), runDeliveries({ db: testDb.db })]);
    expect(await outboxFor(a.email)).toHaveLength(5);
  });
});

describe("one-click unsubscribe", () => {
  it("turns off that kind of email for that user, without a session or our origin", async () => {
    const a = await person();
    const res = await oneClick(createUnsubscribeToken({ userId: a.id, kind: "billing.payment-failed" }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ unsubscribed: true, kind: "billing.payment-failed" });
    expect((await getKindPreferences({ db: testDb.db, userId: a.id }))["billing.payment-failed"]).toEqual({ inApp: true, push: true, email: false });
    const id = await paymentFailed(a.id);
    expect(await testDb.db.select().from(deliveryJobs).where(eq(deliveryJobs.key, `email:${id}`))).toEqual([]);
  });

  it("redirects a browser form post to the confirmation page", async () => {
    const a = await person();
    const res = await oneClick(createUnsubscribeToken({ userId: a.id, kind: "coach.session-reminder" }), { accept: "text/html" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("http://localhost:3000/unsubscribe?done=coach.session-reminder");
  });

  it("refuses a forged token with 400 and changes nothing", async () => {
    const a = await person();
    const b = await person();
    const bToken = createUnsubscribeToken({ userId: b.id, kind: "billing.payment-failed" });
    const signature = bToken.split(".").pop();
    for (const forged of [
      `${a.id}.billing.payment-failed.${signature}`,
      createUnsubscribeToken({ userId: a.id, kind: "coach.session-reminder" }).replace("coach.session-reminder", "billing.payment-failed"),
      "garbage",
    ]) {
      const res = await oneClick(forged);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toMatch(/not valid/);
    }
    expect((await getKindPreferences({ db: testDb.db, userId: a.id }))["billing.payment-failed"].email).toBe(true);
  });
});

describe("the outbox page", () => {
  it("is open outside production and only for ADMIN_EMAILS in production", async () => {
    const a = await person();
    expect(canSeeOutbox(null)).toBe(true);
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("ADMIN_EMAILS", `someone@example.com, ${a.email.toUpperCase()}`);
    resetConfig();
    expect(canSeeOutbox(null)).toBe(false);
    expect(canSeeOutbox({ ...a, email: "other@example.com" })).toBe(false);
    expect(canSeeOutbox(a)).toBe(true);
  });
});
