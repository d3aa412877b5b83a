import "server-only";
import { eq } from "drizzle-orm";
import { coachProfiles, users, type CoachProfile, type User } from "../../db/schema";
import type { Db } from "../../db/types";
import { notFound } from "../../http";
import type { BusinessProfile, CoachProfileUpdate } from "./planning-schemas";

export const EMPTY_BUSINESS_PROFILE: BusinessProfile = {
  industry: "",
  stage: "",
  company: "",
  location: "",
  revenueRange: "",
  teamSize: null,
  role: "",
  reportsTo: "",
  directReports: null,
  markets: [],
  keyChallenges: [],
};

/** The business profile and coach preferences as the API shows them; defaults before onboarding. */
export function toCoachProfileView(user: User, row: CoachProfile | undefined) {
  const profile: BusinessProfile = row
    ? {
        industry: row.industry,
        stage: row.stage,
        company: row.company,
        location: row.location,
        revenueRange: row.revenueRange,
        teamSize: row.teamSize,
        role: row.role,
        reportsTo: row.reportsTo,
        directReports: row.directReports,
        markets: row.markets,
        keyChallenges: row.keyChallenges,
      }
    : EMPTY_BUSINESS_PROFILE;
  return {
    profile,
    coachStyle: user.coachStyle,
    formality: row?.formality ?? "balanced",
    voiceId: row?.voiceId ?? null,
    sharePracticeStats: row?.sharePracticeStats ?? false,
    timezone: user.timezone,
    onboardingState: user.onboardingState,
  };
}

export type CoachProfileView = ReturnType<typeof toCoachProfileView>;

type ProfileRowChanges = Partial<BusinessProfile> & Partial<Pick<CoachProfile, "formality" | "voiceId" | "sharePracticeStats">>;

/** Inserts or updates the user's coach_profiles row with `changes` (the other columns keep their values). */
export async function upsertCoachProfileRow({ db, userId, changes }: { db: Db; userId: string; changes: ProfileRowChanges }) {
  const [row] = await db
    .insert(coachProfiles)
    .values({ userId, ...changes })
    .onConflictDoUpdate({ target: coachProfiles.userId, set: { ...changes, updatedAt: new Date() } })
    .returning();
  if (!row) throw new Error("coach profile upsert returned no row");
  return row;
}

async function readUser(db: Db, userId: string): Promise<User> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound("user");
  return user;
}

export async function getCoachProfile({ db, userId }: { db: Db; userId: string }): Promise<CoachProfileView> {
  const user = await readUser(db, userId);
  const [row] = await db.select().from(coachProfiles).where(eq(coachProfiles.userId, userId));
  return toCoachProfileView(user, row);
}

/** Changes any of the business profile, formality, voice, coach style and timezone, in one transaction. */
export async function updateCoachProfile({
  db,
  userId,
  changes,
}: {
  db: Db;
  userId: string;
  changes: CoachProfileUpdate;
}): Promise<CoachProfileView> {
  const { profile = {}, formality, voiceId, coachStyle, timezone, sharePracticeStats } = changes;
  return db.transaction(async (tx) => {
    const user = await readUser(tx, userId);
    const rowChanges: ProfileRowChanges = { ...profile };
    if (formality !== undefined) rowChanges.formality = formality;
    if (voiceId !== undefined) rowChanges.voiceId = voiceId;
    if (sharePracticeStats !== undefined) rowChanges.sharePracticeStats = sharePracticeStats;
    const row = await upsertCoachProfileRow({ db: tx, userId, changes: rowChanges });
    const userChanges = { ...(coachStyle ? { coachStyle } : {}), ...(timezone ? { timezone } : {}) };
    if (Object.keys(userChanges).length === 0) return toCoachProfileView(user, row);
    const [updated] = await tx.update(users).set(userChanges).where(eq(users.id, userId)).returning();
    return toCoachProfileView(updated ?? user, row);
  });
}
