import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BreakdownSection, MoodSection, YearSection } from "@/components/wellbeing/trends-cards";
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
          {/* No <Suspense> of their own: the route's loading.tsx already streams this page, and React
              reveals a second boundary at least 300 ms after the first, which held the year back. */}
          <MoodSection userId={user.id} />
          <YearSection userId={user.id} />
          <BreakdownSection userId={user.id} />
        </div>
      </TrendsRange>
    </div>
  );
}
