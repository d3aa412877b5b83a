"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { useUserTimeZone } from "@/hooks/use-me";
import { useCompareAttempts } from "@/hooks/use-compare-attempts";
import { usePracticeLabels } from "./labels";
import { scoreTone } from "./score-value";

const signed = (delta: number | null) => (delta === null ? "–" : delta === 0 ? "±0" : `${delta > 0 ? "+" : "−"}${Math.abs(delta)}`);

/** Two attempts with the same buyer side by side: each category's grade then and now, and why. */
export function AttemptComparison({ a, b }: { a: string; b: string }) {
  const t = useTranslations("Practice");
  const comparison = useCompareAttempts(a, b);
  const timeZone = useUserTimeZone();
  const labels = usePracticeLabels();
  const grade = (score: number | null) => (score === null ? t("notScored") : score);
  if (!a || !b) return <Alert>{t("compareHowTo")}</Alert>;
  if (comparison.error) return <Alert variant="error">{comparison.error.status === 404 ? t("compareMissing") : comparison.error.message}</Alert>;
  const data = comparison.data;
  if (!data) return <Skeleton role="status" aria-label={t("loadingComparison")} className="h-64" />;
  const when = (iso: string | null) => (iso ? labels.date(iso, timeZone) : "");
  return (
    <div className="grid gap-4">
      <p className="text-muted-foreground">
        {t.rich("compareSummary", {
          name: data.persona.name,
          earlier: data.earlier.overallScore,
          later: data.later.overallScore,
          delta: signed(data.overallDelta),
          strong: (chunks) => <strong className="text-foreground">{chunks}</strong>,
          before: (chunks) => <span className={scoreTone(data.earlier.overallScore)}>{chunks}</span>,
          after: (chunks) => <span className={scoreTone(data.later.overallScore)}>{chunks}</span>,
        })}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">{t("compareCaption")}</caption>
          <thead className="text-muted-foreground">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">{t("category")}</th>
              <th scope="col" className="py-1 pr-3 font-medium">
                <Link href={`/practice/calls/${data.earlier.callId}`} className="underline underline-offset-2">{t("earlier")}</Link>
                <span className="block text-xs font-normal">{when(data.earlier.endedAt)}</span>
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                <Link href={`/practice/calls/${data.later.callId}`} className="underline underline-offset-2">{t("later")}</Link>
                <span className="block text-xs font-normal">{when(data.later.endedAt)}</span>
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">{t("change")}</th>
              <th scope="col" className="py-1 font-medium">{t("laterShows")}</th>
            </tr>
          </thead>
          <tbody>
            {data.categories.map((row) => (
              <tr key={row.category} className="border-t border-border align-top">
                <th scope="row" className="py-2 pr-3 font-medium">{labels.category(row.category)}</th>
                <td className="py-2 pr-3 tabular-nums">{grade(row.earlier)}</td>
                <td className="py-2 pr-3 tabular-nums">{grade(row.later)}</td>
                <td className={`py-2 pr-3 font-medium tabular-nums ${(row.delta ?? 0) > 0 ? "text-emerald-700 dark:text-emerald-400" : (row.delta ?? 0) < 0 ? "text-red-700 dark:text-red-400" : ""}`}>
                  {signed(row.delta)}
                </td>
                <td className="py-2 text-muted-foreground">{row.laterReasons.join(" ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
