import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { onboardingDraftKey } from "@/components/coach/planning/onboarding-draft-key";
import { OnboardingWizard } from "@/components/coach/planning/onboarding-wizard";
import { Card, CardContent } from "@/components/ui/card";
import { requireCurrentUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Coach.planning"))("onboardingMeta") };
}

export default async function CoachOnboardingPage() {
  const t = await getTranslations("Coach.planning");
  const user = await requireCurrentUser("/coach/onboarding");
  if (user.onboardingState === "completed") redirect("/coach/profile");
  // Computed here once so the server-rendered list and the hydrated one are identical.
  const zones = Intl.supportedValuesOf("timeZone");

  return (
    <div className="mx-auto grid w-full max-w-3xl gap-6">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("onboardingTitle")}</h1>
        <p className="text-muted-foreground">{t("onboardingIntro")}</p>
      </div>
      <Card>
        <CardContent className="pt-5 sm:pt-6">
          <OnboardingWizard zones={zones} timezone={user.timezone} coachStyle={user.coachStyle} draftKey={onboardingDraftKey(user.id)} />
        </CardContent>
      </Card>
    </div>
  );
}
