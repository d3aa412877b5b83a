import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { GET as authGet } from "@/app/api/auth/[...all]/route";
import { GET as getMe } from "@/app/api/me/route";
import { resetConfig } from "@/lib/config";
import { authVerifications, emailOutbox } from "@/lib/db/schema";
import { linksIn } from "@/lib/notifications/email/outbox";
import { runDeliveries } from "@/lib/notifications/run-deliveries";
import { call, errorOf, uniqueIp } from "@/tests/fixtures/http";
import { decodeQuotedPrintable, headerOf, startSmtpServer } from "@/tests/fixtures/smtp";
import { PASSWORD, postAuth, sessionCookieOf, signUpUser, uniqueEmail } from "@/tests/fixtures/users";
import { useTestDatabase } from "@/tests/setup/database";

const testDb = useTestDatabase();

async function mailTo(email: string, subject: string) {
  await runDeliveries({ db: testDb.db });
  const mails = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.to, email));
  const mail = mails.find((m) => m.subject === subject);
  if (!mail) throw new Error(`no "${subject}" mail to ${email}`);
  return mail;
}

/** Follows a link into /api/auth/* the way a browser would, returning the redirect. */
async function follow(link: string) {
  const url = new URL(link);
  const res = await call(authGet, url.pathname + url.search, {}, { all: url.pathname.replace("/api/auth/", "").split("/") });
  return { status: res.status, location: res.headers.get("location") };
}

async function me(cookie: string) {
  return call(getMe, "/api/me", { cookie });
}

describe("email verification", () => {
  it("sign-up mails a verification link; following it marks the account verified", async () => {
    const user = await signUpUser();
    expect(((await (await me(user.cookie)).json()) as { emailVerified: boolean }).emailVerified).toBe(false);
    const mail = await mailTo(user.email, "Verify your email for Cadence");
    const link = linksIn(mail.text).find((l) => l.includes("/api/auth/verify-email"));
    expect(link).toMatch(/^http:\/\/localhost:3000\/api\/auth\/verify-email\?token=[^&]+&callbackURL=%2Fsettings%3Fverified%3D1$/);
    expect(mail.html).toContain("Verify email");

    const followed = await follow(link!);
    expect(followed.status).toBe(302);
    expect(followed.location).toContain("/settings?verified=1");
    expect(await (await me(user.cookie)).json()).toMatchObject({ emailVerified: true });
  });

  it("sends the verification mail to the SMTP server when SMTP_URL is set, also in production", async () => {
    const smtp = await startSmtpServer();
    try {
      vi.stubEnv("NODE_ENV", "production");
      vi.stubEnv("SMTP_URL", smtp.url);
      vi.stubEnv("EMAIL_FROM", "Cadence <hello@cadence.test>");
      resetConfig();
      const arrived = smtp.next();
      const user = await signUpUser();
      await runDeliveries({ db: testDb.db });
      const mail = await arrived;
      expect(mail.to).toEqual([user.email]);
      expect(headerOf(mail.raw, "Subject")).toBe("Verify your email for Cadence");
      expect(decodeQuotedPrintable(mail.raw)).toContain("http://localhost:3000/api/auth/verify-email?token=");
    } finally {
      await smtp.close();
    }
  });
});

describe("password reset", () => {
  const requestReset = (email: string) =>
    postAuth("request-password-reset", { email, redirectTo: "/reset-password" }, { ip: uniqueIp() });

  async function resetToken(email: string): Promise<string> {
    const mail = await mailTo(email, "Reset your Cadence password");
    const link = linksIn(mail.text).find((l) => l.includes("/api/auth/reset-password/"));
    const followed = await follow(link!);
    expect(followed.status).toBe(302);
    const location = new URL(followed.location!, "http://localhost:3000");
    expect(location.pathname).toBe("/reset-password");
    return location.searchParams.get("token")!;
  }

  it("mails a single-use link; resetting signs out every session and the new password works", async () => {
    const user = await signUpUser();
    const otherDevice = await postAuth("sign-in/email", { email: user.email, password: PASSWORD }, { ip: uniqueIp() });
    const otherCookie = sessionCookieOf(otherDevice)!;
    expect((await requestReset(user.email)).status).toBe(200);
    const token = await resetToken(user.email);

    const reset = await postAuth("reset-password", { newPassword: "a brand new secret", token }, { ip: uniqueIp() });
    expect(reset.status).toBe(200);
    expect((await me(user.cookie)).status).toBe(401);
    expect((await me(otherCookie)).status).toBe(401);
    expect((await postAuth("sign-in/email", { email: user.email, password: PASSWORD }, { ip: uniqueIp() })).status).toBe(401);
    expect((await postAuth("sign-in/email", { email: user.email, password: "a brand new secret" }, { ip: uniqueIp() })).status).toBe(200);

    const again = await postAuth("reset-password", { newPassword: "yet another secret", token }, { ip: uniqueIp() });
    expect(again.status).toBe(400);
    expect((await errorOf(again)).message).toMatch(/expired or was already used\. Ask for a new one/);
  });

  it("refuses an expired token with 400 (tokens last one hour)", async () => {
    const user = await signUpUser();
    await requestReset(user.email);
    const token = await resetToken(user.email);
    const [row] = await testDb.db.select().from(authVerifications).where(eq(authVerifications.identifier, `reset-password:${token}`));
    expect(row!.expiresAt.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
    expect(row!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60_000);
    await testDb.db.update(authVerifications).set({ expiresAt: new Date(Date.now() - 1_000) }).where(eq(authVerifications.id, row!.id));
    const res = await postAuth("reset-password", { newPassword: "a brand new secret", token }, { ip: uniqueIp() });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/Ask for a new one/);
  });

  it("answers the same for an unknown email and mails nobody", async () => {
    const email = uniqueEmail("nobody");
    expect((await requestReset(email)).status).toBe(200);
    await runDeliveries({ db: testDb.db });
    expect(await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.to, email))).toEqual([]);
  });
});
