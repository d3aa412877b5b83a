import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { CoachCard, CoachCardSkeleton } from "@/components/dashboard/coach-card";
import { GettingStarted } from "@/components/dashboard/getting-started";
import { PillarCards } from "@/components/dashboard/pillar-cards";
import { PracticeCard, PracticeCardSkeleton } from "@/components/dashboard/practice-card";
import { WellbeingCheckinCard } from "@/components/dashboard/wellbeing-checkin-card";
import { toPublicUser } from "@/lib/account/profile";
import { requireCurrentUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Dashboard"))("meta") };
}

export default async function DashboardPage() {
  const user = toPublicUser(await requireCurrentUser("/dashboard"));
  const t = await getTranslations("Dashboard");
  return (
    <div className="mx-auto grid max-w-5xl gap-8">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight break-words">{t("welcome", { name: user.displayName || user.email })}</h1>
        <p className="text-muted-foreground">
          {t("intro")}
        </p>
      </div>
      <WellbeingCheckinCard />
      <Suspense fallback={<PracticeCardSkeleton />}>
        <PracticeCard userId={user.id} />
      </Suspense>
      <Suspense fallback={<CoachCardSkeleton />}>
        <CoachCard user={user} />
      </Suspense>
      <GettingStarted user={user} />
      <PillarCards />
    </div>
  );
}
