"use client";

import dynamic from "next/dynamic";
import { useFormatter, useTranslations } from "next-intl";
import { ChartTable } from "@/components/charts/chart-table";
import { DeferredPlot } from "@/components/charts/deferred-plot";

const ScoreTrendPlot = dynamic(() => import("./score-trend-plot").then((m) => m.ScoreTrendPlot), { ssr: false });

/** Scores of the latest calls, oldest first; the line is drawn for sighted users, the summary and
 * the table are read out. */
export function ScoreTrendChart({ trend }: { trend: { endedAt: string; score: number }[] }) {
  const t = useTranslations("Dashboard");
  const format = useFormatter();
  const data = trend.map((point) => ({ score: point.score, label: format.dateTime(new Date(point.endedAt), { day: "numeric", month: "short", timeZone: "UTC" }) }));
  const first = trend[0];
  const last = trend.at(-1);
  return (
    <figure className="grid gap-2">
      <DeferredPlot className="h-44">
        <ScoreTrendPlot data={data} name={t("score")} />
      </DeferredPlot>
      <figcaption className="text-sm text-muted-foreground">
        {t("trendCaption", { count: trend.length })}
        {first && last ? (trend.length === 1 ? t("trendOne", { score: last.score }) : t("trendRange", { first: first.score, last: last.score })) : "."}
      </figcaption>
      <ChartTable caption={t("trendTableCaption")} columns={[t("trendTableEnded"), t("score")]} rows={data.map((d) => [d.label, String(d.score)])} />
    </figure>
  );
}
