// No "use client": the onboarding page (a server component) names the draft for its user.
export const onboardingDraftKey = (userId: string) => `cadence:coach-onboarding:${userId}`;
