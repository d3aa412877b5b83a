import "server-only";
import { eq } from "drizzle-orm";
import { connectProfiles, type ConnectProfile } from "../db/schema";
import type { Db } from "../db/types";
import { apiError } from "../http";
import { ageOn, MAX_AGE, MIN_AGE, type ConnectProfileValues } from "./profile-schema";

export type ConnectProfileView = {
  displayName: string;
  birthDate: string;
  age: number;
  gender: string | null;
  tagline: string;
  interests: string[];
  languages: string[];
  preferences: { languages: string[]; ageMin: number | null; ageMax: number | null; genders: string[] };
};

export function toProfileView(row: ConnectProfile, now = new Date()): ConnectProfileView {
  return {
    displayName: row.displayName,
    birthDate: row.birthDate,
    age: ageOn(row.birthDate, now),
    gender: row.gender,
    tagline: row.tagline,
    interests: row.interests,
    languages: row.languages,
    preferences: { languages: row.prefLanguages, ageMin: row.prefAgeMin, ageMax: row.prefAgeMax, genders: row.prefGenders },
  };
}

export async function findConnectProfile({ db, userId }: { db: Db; userId: string }): Promise<ConnectProfile | null> {
  const [row] = await db.select().from(connectProfiles).where(eq(connectProfiles.userId, userId)).limit(1);
  return row ?? null;
}

export async function getConnectProfile({ db, userId }: { db: Db; userId: string }): Promise<ConnectProfileView | null> {
  const row = await findConnectProfile({ db, userId });
  return row ? toProfileView(row) : null;
}

/** Creates or replaces the profile. The date of birth is entered once: a different one later is a 409. */
export async function saveConnectProfile({
  db,
  userId,
  values,
  now = new Date(),
}: {
  db: Db;
  userId: string;
  values: ConnectProfileValues;
  now?: Date;
}): Promise<ConnectProfileView> {
  const age = ageOn(values.birthDate, now);
  if (age < MIN_AGE || age > MAX_AGE) {
    const values = { min: MIN_AGE, max: MAX_AGE };
    throw apiError("VALIDATION_ERROR", "connect.ageRange", { values, fields: [{ field: "birthDate", key: "fields.ageRange", values }] });
  }
  const existing = await findConnectProfile({ db, userId });
  if (existing && existing.birthDate !== values.birthDate) {
    throw apiError("CONFLICT", "connect.birthDateSet");
  }
  const row = {
    displayName: values.displayName,
    birthDate: values.birthDate,
    gender: values.gender ?? null,
    tagline: values.tagline ?? "",
    interests: [...new Set(values.interests ?? [])],
    languages: [...new Set(values.languages)],
    prefLanguages: [...new Set(values.preferences.languages ?? [])],
    prefAgeMin: values.preferences.ageMin ?? null,
    prefAgeMax: values.preferences.ageMax ?? null,
    prefGenders: [...new Set(values.preferences.genders ?? [])],
  };
  const [saved] = await db
    .insert(connectProfiles)
    .values({ userId, ...row })
    .onConflictDoUpdate({ target: connectProfiles.userId, set: { ...row, updatedAt: now } })
    .returning();
  return toProfileView(saved as ConnectProfile, now);
}
