import "server-only";
import { and, eq } from "drizzle-orm";
import { users } from "../db/schema";
import type { Db } from "../db/types";
import { resetPasswordEmail, verificationEmail } from "../notifications/email/auth-templates";
import { queueEmail } from "../notifications/email/queue-email";
import { VERIFIED_CALLBACK } from "./verified-callback";

// better-auth's mail callbacks. Mail goes through the delivery queue, so a slow or unreachable SMTP
// server never holds up sign-up or the reset request (and the answer takes the same time either way).

type AuthUser = { id: string; email: string; name: string };

export async function sendVerificationMail({ db, user, url, token }: { db: Db; user: AuthUser; url: string; token: string }) {
  const link = new URL(url);
  const callback = link.searchParams.get("callbackURL");
  if (!callback || callback === "/") link.searchParams.set("callbackURL", VERIFIED_CALLBACK);
  const content = verificationEmail({ name: user.name, url: link.href });
  await queueEmail({ db, key: `verify:${token}`, message: { to: user.email, ...content } });
}

export async function sendResetPasswordMail({ db, user, url, token }: { db: Db; user: AuthUser; url: string; token: string }) {
  await queueEmail({ db, key: `reset:${token}`, message: { to: user.email, ...resetPasswordEmail({ url }) } });
}

/** Mirrors better-auth's verified flag onto our users row, which the pillars read. */
export async function markLocalEmailVerified({ db, authUserId }: { db: Db; authUserId: string }) {
  await db
    .update(users)
    .set({ emailVerified: true })
    .where(and(eq(users.authProvider, "local"), eq(users.authSubject, authUserId)));
}
