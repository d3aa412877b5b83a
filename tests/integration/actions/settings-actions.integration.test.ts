import { beforeEach, describe, expect, it, vi } from "vitest";
import { completeOnboardingAction } from "@/app/(app)/coach/onboarding/actions";
import { updateCoachProfileAction } from "@/app/(app)/coach/profile/actions";
import { saveNotificationPreferencesAction } from "@/app/(app)/settings/actions";
import { saveWellbeingSettingsAction } from "@/app/(app)/wellbeing/settings/actions";
import { actionHeaders, type ActionRequest } from "../../fixtures/actions";
import { signUpUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";
import { stubConfig } from "../../setup/env";

const request = vi.hoisted((): ActionRequest => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

useTestDatabase();

beforeEach(async () => {
  stubConfig({ APP_URL: "http://localhost:3000" });
  request.headers = actionHeaders({ cookie: (await signUpUser()).cookie });
});

const onboarding = {
  profile: { industry: "Retail", stage: "seed", role: "Founder" },
  goals: [{ title: "Open a second shop" }],
  coachStyle: "tactical" as const,
  formality: "casual" as const,
};

describe("onboarding and the coach profile", () => {
  it("completes onboarding once with its goals, then edits the profile", async () => {
    const done = await completeOnboardingAction(onboarding);
    expect(done.data).toMatchObject({ profile: { industry: "Retail" }, goals: [{ title: "Open a second shop" }] });
    const edited = await updateCoachProfileAction({ profile: { company: "Corner Shop" }, sharePracticeStats: true });
    expect(edited.data).toMatchObject({ profile: { company: "Corner Shop", industry: "Retail" }, sharePracticeStats: true });
  });

  it("names the step's field when onboarding is incomplete", async () => {
    const result = await completeOnboardingAction({ ...onboarding, profile: { ...onboarding.profile, role: "" }, goals: [] });
    expect(result.validationErrors?.fields).toEqual({ "profile.role": "Enter your role.", goals: "Add at least one goal." });
  });

  it("is refused without a session", async () => {
    request.headers = actionHeaders();
    expect((await updateCoachProfileAction({ sharePracticeStats: true })).serverError).toMatchObject({ code: "AUTH_REQUIRED" });
  });
});

describe("notification and wellbeing settings", () => {
  it("saves valid changes and names the field of an invalid one", async () => {
    expect((await saveNotificationPreferencesAction({ emailDigest: true, quietHours: { start: "22:00", end: "07:00" } })).data).toMatchObject({
      emailDigest: true,
      quietHours: { start: "22:00", end: "07:00" },
    });
    expect((await saveNotificationPreferencesAction({ quietHours: { start: "22:00", end: "22:00" } })).validationErrors?.fields).toEqual({
      "quietHours.end": "Start and end must differ.",
    });
    expect((await saveWellbeingSettingsAction({ shareMoodWithCoach: true })).data).toMatchObject({ shareMoodWithCoach: true });
    expect((await saveWellbeingSettingsAction({ checkinReminderTime: "25:00" })).validationErrors?.code).toBe("VALIDATION_ERROR");
  });
});
