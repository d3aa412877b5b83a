import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { TrendsView } from "@/components/wellbeing/trends-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Wellbeing"))("trendsMeta") };
}

export default function TrendsPage() {
  const t = useTranslations("Wellbeing");
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">{t("trendsTitle")}</h1>
      <TrendsView />
    </div>
  );
}
