import "server-only";
import { and, eq } from "drizzle-orm";
import { users } from "../db/schema";
import type { Db } from "../db/types";
import { getConfig } from "../config";
import { accountExistsEmail, resetPasswordEmail, verificationEmail } from "../notifications/email/auth-templates";
import { queueEmail } from "../notifications/email/queue-email";
import { VERIFIED_CALLBACK } from "./verified-callback";

// better-auth's mail callbacks. Mail goes through the delivery queue, so a slow or unreachable SMTP
// server never holds up sign-up or the reset request (and the answer takes the same time either way).

type AuthUser = { id: string; email: string; name: string };

/** The preferred language of the account with this email ("en" before its row exists). */
async function languageOf(db: Db, email: string): Promise<string> {
  const [row] = await db.select({ language: users.preferredLanguage }).from(users).where(eq(users.email, email));
  return row?.language ?? "en";
}

export async function sendVerificationMail({ db, user, url, token }: { db: Db; user: AuthUser; url: string; token: string }) {
  const link = new URL(url);
  const callback = link.searchParams.get("callbackURL");
  if (!callback || callback === "/") link.searchParams.set("callbackURL", VERIFIED_CALLBACK);
  const content = verificationEmail({ name: user.name, url: link.href, locale: await languageOf(db, user.email) });
  await queueEmail({ db, key: `verify:${token}`, message: { to: user.email, ...content } });
}

export async function sendResetPasswordMail({ db, user, url, token }: { db: Db; user: AuthUser; url: string; token: string }) {
  await queueEmail({ db, key: `reset:${token}`, message: { to: user.email, ...resetPasswordEmail({ url, locale: await languageOf(db, user.email) }) } });
}

/** A sign-up for an email that already has an account gets the same answer as any other; the owner
 * hears about it by mail instead, with the way back in. One mail per address per hour at most. */
export async function sendAccountExistsMail({ db, email, now = new Date() }: { db: Db; email: string; now?: Date }) {
  const appUrl = getConfig().env.APP_URL;
  const content = accountExistsEmail({
    signInUrl: new URL("/sign-in", appUrl).href,
    resetUrl: new URL("/forgot-password", appUrl).href,
    locale: await languageOf(db, email),
  });
  const hour = Math.floor(now.getTime() / 3_600_000);
  await queueEmail({ db, key: `account-exists:${email.toLowerCase()}:${hour}`, message: { to: email, ...content } });
}

/** Mirrors better-auth's verified flag onto our users row, which the pillars read. */
export async function markLocalEmailVerified({ db, authUserId }: { db: Db; authUserId: string }) {
  await db
    .update(users)
    .set({ emailVerified: true })
    .where(and(eq(users.authProvider, "local"), eq(users.authSubject, authUserId)));
}
