import "server-only";
import { and, eq } from "drizzle-orm";
import { users, type User } from "../db/schema";
import type { Db } from "../db/types";

export type Identity = {
  provider: User["authProvider"];
  subject: string;
  email: string;
  displayName: string;
  avatarUrl?: string | null;
  /** Left out when the provider does not say (local auth marks it on verification instead). */
  emailVerified?: boolean;
  /** The interface language the account starts with (set on creation only; settings change it later). */
  preferredLanguage?: string;
};

/** Creates or refreshes our users row for an identity from the active auth provider. */
export async function upsertUserFromIdentity({ db, identity }: { db: Db; identity: Identity }): Promise<User> {
  const [row] = await db
    .insert(users)
    .values({
      authProvider: identity.provider,
      authSubject: identity.subject,
      email: identity.email,
      displayName: identity.displayName,
      avatarUrl: identity.avatarUrl ?? null,
      emailVerified: identity.emailVerified ?? false,
      ...(identity.preferredLanguage ? { preferredLanguage: identity.preferredLanguage } : {}),
    })
    .onConflictDoUpdate({
      target: [users.authProvider, users.authSubject],
      set: {
        email: identity.email,
        avatarUrl: identity.avatarUrl ?? null,
        ...(identity.emailVerified === undefined ? {} : { emailVerified: identity.emailVerified }),
      },
    })
    .returning();
  if (!row) throw new Error("upsert returned no row");
  return row;
}

export async function findUserByIdentity({
  db,
  provider,
  subject,
}: {
  db: Db;
  provider: User["authProvider"];
  subject: string;
}): Promise<User | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.authProvider, provider), eq(users.authSubject, subject)))
    .limit(1);
  return row ?? null;
}
