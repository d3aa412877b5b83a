"use server";

import { userActionWith } from "@/lib/actions/client";
import { completeOnboarding } from "@/lib/coach/planning/onboarding";
import { onboardingSchema } from "@/lib/coach/planning/planning-schemas";

// The onboarding wizard's last step; POST /api/coach/onboarding serves the same to other clients. The
// wizard keeps its drafts in the tab and is enabled once hydrated, so it sends JSON, not a form post.

export const completeOnboardingAction = userActionWith(onboardingSchema).action(async ({ parsedInput, ctx }) =>
  completeOnboarding({ db: ctx.db, userId: ctx.user.id, input: parsedInput }),
);
