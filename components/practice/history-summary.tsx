"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { Stat } from "@/components/ui/stat";
import { usePracticeStats } from "@/hooks/use-practice-history";
import type { PracticeStats } from "./api-types";
import { usePracticeLabels } from "./labels";
import { Sparkline } from "./sparkline";

type Translator = ReturnType<typeof useTranslations<"Practice">>;

function change(trend: PracticeStats["categoryTrends"][number], t: Translator): string {
  if (trend.recent === null) return t("notScoredYet");
  if (trend.previous === null) return t("tooFewCalls");
  const delta = trend.recent - trend.previous;
  if (delta === 0) return t("noChange");
  return t("deltaFiveBefore", { delta: `${delta > 0 ? "+" : "−"}${Math.abs(delta)}` });
}

/** Totals, streaks and how each rubric category moves, above the list of calls. */
export function HistorySummary() {
  const t = useTranslations("Practice");
  const labels = usePracticeLabels();
  const stats = usePracticeStats();
  const days = (count: number) => t("days", { count });
  if (stats.error) return <Alert variant="error">{t("summaryError", { message: stats.error.message })}</Alert>;
  const data = stats.data;
  if (!data) return <Skeleton role="status" aria-label={t("loadingSummary")} className="h-48" />;
  if (data.totalCalls === 0) return null;
  const weakest = data.categoryTrends.filter((t) => t.recent !== null).sort((a, b) => a.recent! - b.recent!)[0];
  return (
    <section aria-labelledby="history-summary-heading" className="grid gap-4 rounded-lg border border-border bg-card p-4">
      <h2 id="history-summary-heading" className="text-lg font-semibold">
        {t("summary")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <Stat label={t("calls")} value={String(data.totalCalls)} size="md" />
        <Stat label={t("minutes")} value={String(data.totalMinutes)} size="md" />
        <Stat label={t("averageScore")} value={data.averageScore === null ? "–" : String(Math.round(data.averageScore))} size="md" />
        <Stat label={t("bestScore")} value={data.bestScore === null ? "–" : String(data.bestScore)} size="md" />
        <Stat label={t("currentStreak")} value={days(data.currentStreak)} size="md" />
        <Stat label={t("longestStreak")} value={days(data.longestStreak)} size="md" />
      </dl>
      {weakest ? (
        <p className="text-sm text-muted-foreground">
          {t.rich("weakest", {
            category: labels.category(weakest.category),
            score: weakest.recent ?? "–",
            strong: (chunks) => <strong className="text-foreground">{chunks}</strong>,
          })}
        </p>
      ) : null}
      <table className="w-full text-sm" aria-label={t("categoryTrends")}>
        <thead className="text-left text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="py-1 font-medium">{t("category")}</th>
            <th scope="col" className="py-1 font-medium">{t("last5")}</th>
            <th scope="col" className="py-1 font-medium">{t("change")}</th>
            <th scope="col" className="py-1 font-medium">{t("best")}</th>
            <th scope="col" className="hidden py-1 font-medium sm:table-cell">
              <span className="sr-only">{t("trend")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {data.categoryTrends.map((trend) => (
            <tr key={trend.category}>
              <th scope="row" className="py-2 text-left font-medium">{labels.category(trend.category)}</th>
              <td className="py-2 tabular-nums">{trend.recent ?? "–"}</td>
              <td className="py-2 text-muted-foreground">{change(trend, t)}</td>
              <td className="py-2 tabular-nums">{trend.best ?? "–"}</td>
              <td className="hidden py-2 sm:table-cell">
                <Sparkline points={trend.points} className="h-6 w-24 text-primary" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
