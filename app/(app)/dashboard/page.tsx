import type { Metadata } from "next";
import { Suspense } from "react";
import { CoachCard, CoachCardSkeleton } from "@/components/dashboard/coach-card";
import { GettingStarted } from "@/components/dashboard/getting-started";
import { PillarCards } from "@/components/dashboard/pillar-cards";
import { PracticeCard, PracticeCardSkeleton } from "@/components/dashboard/practice-card";
import { WellbeingCheckinCard } from "@/components/dashboard/wellbeing-checkin-card";
import { toPublicUser } from "@/lib/account/profile";
import { requireCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = toPublicUser(await requireCurrentUser("/dashboard"));
  return (
    <div className="mx-auto grid max-w-5xl gap-8">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight break-words">Welcome, {user.displayName || user.email}</h1>
        <p className="text-muted-foreground">
          Cadence is being built pillar by pillar. Practice and Coach are ready today; here is what else is coming.
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
