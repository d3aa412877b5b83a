import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { users } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError, notFound } from "../../http";
import { createGoals, type PublicGoal } from "./goals";
import type { OnboardingInput } from "./planning-schemas";
import { EMPTY_BUSINESS_PROFILE, toCoachProfileView, upsertCoachProfileRow, type CoachProfileView } from "./profile";

/** Stores the business profile, the first goals and the coach preferences in one transaction and
 * marks onboarding completed. Onboarding happens once: afterwards the profile page edits them. */
export async function completeOnboarding({
  db,
  userId,
  input,
}: {
  db: Db;
  userId: string;
  input: OnboardingInput;
}): Promise<CoachProfileView & { goals: PublicGoal[] }> {
  const { profile, goals, coachStyle, formality, voiceId = null, timezone } = input;
  return db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ coachStyle, onboardingState: "completed", ...(timezone ? { timezone } : {}) })
      .where(and(eq(users.id, userId), ne(users.onboardingState, "completed")))
      .returning();
    if (!user) {
      const [exists] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
      if (!exists) throw notFound("user");
      throw apiError("CONFLICT", "coach.onboardingDone");
    }
    const row = await upsertCoachProfileRow({
      db: tx,
      userId,
      changes: { ...EMPTY_BUSINESS_PROFILE, ...profile, formality, voiceId },
    });
    const created = await createGoals({ db: tx, userId, goals });
    return { ...toCoachProfileView(user, row), goals: created };
  });
}
