import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { BreakdownSection, BreakdownSkeleton, MoodCardSkeleton, MoodSection, YearCardSkeleton, YearSection } from "@/components/wellbeing/trends-cards";
import { TrendsRange } from "@/components/wellbeing/trends-range";
import { requireCurrentUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Wellbeing"))("trendsMeta") };
}

export default async function TrendsPage() {
  const user = await requireCurrentUser("/wellbeing/trends");
  const t = await getTranslations("Wellbeing");
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">{t("trendsTitle")}</h1>
      <TrendsRange userId={user.id}>
        <div className="grid gap-6">
          <Suspense fallback={<MoodCardSkeleton />}>
            <MoodSection userId={user.id} />
          </Suspense>
          <Suspense fallback={<YearCardSkeleton />}>
            <YearSection userId={user.id} />
          </Suspense>
          <Suspense fallback={<BreakdownSkeleton />}>
            <BreakdownSection userId={user.id} />
          </Suspense>
        </div>
      </TrendsRange>
    </div>
  );
}
