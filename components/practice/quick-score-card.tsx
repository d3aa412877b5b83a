import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { QuickScore } from "@/lib/practice/types";
import { usePracticeLabels } from "./labels";
import { ScoreValue } from "./score-value";

/** The score the call ends with, shown until the full debrief is ready. */
export function QuickScoreCard({ quickScore }: { quickScore: QuickScore }) {
  const t = useTranslations("Practice");
  const labels = usePracticeLabels();
  return (
    <Card role="region" aria-labelledby="quick-score-heading">
      <CardHeader>
        <CardTitle id="quick-score-heading">{t("quickScore")}</CardTitle>
        <CardDescription>{t("scoredBy", { scorer: labels.scorer(quickScore.scorer) })}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap items-center gap-6">
        <ScoreValue score={quickScore.overall} label={t("quickScore")} />
        <p className="min-w-0 flex-1 basis-60">{quickScore.summary}</p>
      </CardContent>
    </Card>
  );
}
