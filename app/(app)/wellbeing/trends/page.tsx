import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { BreakdownSection, MoodSection, TrendsCardsSkeleton, YearSection } from "@/components/wellbeing/trends-cards";
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
          {/* One boundary for the three cards: React reveals streamed boundaries at most every 300 ms
              after the first, so a year arriving just after the mood line would wait that long. */}
          <Suspense fallback={<TrendsCardsSkeleton />}>
            <MoodSection userId={user.id} />
            <YearSection userId={user.id} />
            <BreakdownSection userId={user.id} />
          </Suspense>
        </div>
      </TrendsRange>
    </div>
  );
}
