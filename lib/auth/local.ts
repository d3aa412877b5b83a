import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { trustedOriginsFor } from "../api/trusted-origins";
import { getConfig } from "../config";
import { requestedLocale } from "../i18n/resolve-locale";
import { authAccounts, authSessions, authUsers, authVerifications } from "../db/schema";
import type { Db } from "../db/types";
import { markLocalEmailVerified, sendResetPasswordMail, sendVerificationMail } from "./account-emails";
import { getAuthSecret } from "./secret";
import { SESSION_MAX_AGE_S, SESSION_UPDATE_AGE_S } from "./session-user";
import { upsertUserFromIdentity } from "./sync-user";

const RESET_TOKEN_TTL_S = 60 * 60;
const VERIFICATION_TTL_S = 24 * 60 * 60;

function buildLocalAuth(db: Db) {
  const { env, secureCookies } = getConfig();
  return betterAuth({
    appName: "Cadence",
    baseURL: env.APP_URL,
    basePath: "/api/auth",
    secret: getAuthSecret(),
    trustedOrigins: (request) => trustedOriginsFor(request),
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: authUsers, session: authSessions, account: authAccounts, verification: authVerifications },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      // Sign-up answers the same whether or not the email has an account (lib/auth/local-route.ts), so
      // it cannot sign anyone in; the sign-up form signs in next with the same password.
      autoSignIn: false,
      sendResetPassword: ({ user, url, token }) => sendResetPasswordMail({ db, user, url, token }),
      resetPasswordTokenExpiresIn: RESET_TOKEN_TTL_S,
      revokeSessionsOnPasswordReset: true,
    },
    // Unverified users keep Practice and Coach; pillars that meet strangers check users.email_verified.
    emailVerification: {
      sendOnSignUp: true,
      expiresIn: VERIFICATION_TTL_S,
      sendVerificationEmail: ({ user, url, token }) => sendVerificationMail({ db, user, url, token }),
      afterEmailVerification: (user) => markLocalEmailVerified({ db, authUserId: user.id }),
    },
    session: { expiresIn: SESSION_MAX_AGE_S, updateAge: SESSION_UPDATE_AGE_S },
    // Failed sign-ins are limited by lib/auth/local-route.ts, per email and per IP.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: { useSecureCookies: secureCookies },
    databaseHooks: {
      user: {
        create: {
          after: async (user, context) => {
            const preferredLanguage = requestedLocale(context?.headers ?? context?.request?.headers);
            await upsertUserFromIdentity({
              db,
              identity: { provider: "local", subject: user.id, email: user.email, displayName: user.name, preferredLanguage },
            });
          },
        },
      },
    },
  });
}

export type LocalAuth = ReturnType<typeof buildLocalAuth>;

const instances = new WeakMap<Db, LocalAuth>();

/** The better-auth instance bound to a database (one per database, so tests get their own). */
export function getLocalAuth(db: Db): LocalAuth {
  let auth = instances.get(db);
  if (!auth) {
    auth = buildLocalAuth(db);
    instances.set(db, auth);
  }
  return auth;
}
