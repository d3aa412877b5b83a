import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SummariesTimeline } from "@/components/coach/summaries/summaries-timeline";
import { SummariseTodayButton } from "@/components/coach/summaries/summarise-today-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Coach"))("summariesMeta") };
}

export default function CoachSummariesPage() {
  const t = useTranslations("Coach");
  return (
    <div className="mx-auto grid w-full max-w-5xl gap-8">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("summariesTitle")}</h1>
        <p className="text-muted-foreground">{t("summariesIntro")}</p>
      </div>
      <SummariseTodayButton />
      <SummariesTimeline />
    </div>
  );
}
