// POST /api/coach/onboarding — business profile, first goals and coach preferences, all at once
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { completeOnboarding } from "@/lib/coach/planning/onboarding";
import { onboardingSchema } from "@/lib/coach/planning/planning-schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user }) => {
    const input = await readJson(req, onboardingSchema);
    return Response.json(await completeOnboarding({ db, userId: user.id, input }), { status: 201 });
  }),
});
