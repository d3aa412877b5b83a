import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CoachProfileForm } from "@/components/coach/planning/coach-profile-form";
import { PracticeSharingToggle } from "@/components/coach/planning/practice-sharing-toggle";
import { Alert } from "@/components/ui/alert";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { getCoachProfile } from "@/lib/coach/planning/profile";
import { getDb } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Coach.planning"))("profileMeta") };
}

export default async function CoachProfilePage() {
  const t = await getTranslations("Coach.planning");
  const user = await requireCurrentUser("/coach/profile");
  const profile = await getCoachProfile({ db: await getDb(), userId: user.id });
  // Computed here once so the server-rendered list and the hydrated one are identical.
  const zones = Intl.supportedValuesOf("timeZone");

  return (
    <div className="mx-auto grid w-full max-w-3xl gap-6">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("profileTitle")}</h1>
        <p className="text-muted-foreground">{t("profileIntro")}</p>
      </div>
      {profile.onboardingState === "completed" ? null : (
        <Alert>
          You have not set up your coach yet.{" "}
          <Link href="/coach/onboarding" className="font-medium text-primary underline underline-offset-4">
            Start the three-step setup
          </Link>{" "}
          to add your first goals too.
        </Alert>
      )}
      <CoachProfileForm initial={profile} zones={zones} />
      <PracticeSharingToggle initial={profile} />
    </div>
  );
}
