"use client";

import dynamic from "next/dynamic";
import { ChartTable } from "@/components/charts/chart-table";
import { DeferredPlot } from "@/components/charts/deferred-plot";

const ScoreTrendPlot = dynamic(() => import("./score-trend-plot").then((m) => m.ScoreTrendPlot), { ssr: false });

const shortDate = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** Scores of the latest calls, oldest first; the line is drawn for sighted users, the summary and
 * the table are read out. */
export function ScoreTrendChart({ trend }: { trend: { endedAt: string; score: number }[] }) {
  const data = trend.map((point) => ({ score: point.score, label: shortDate(point.endedAt) }));
  const first = trend[0];
  const last = trend.at(-1);
  return (
    <figure className="grid gap-2">
      <DeferredPlot className="h-44">
        <ScoreTrendPlot data={data} />
      </DeferredPlot>
      <figcaption className="text-sm text-muted-foreground">
        Score trend over your last {trend.length === 1 ? "call" : `${trend.length} calls`}
        {first && last ? `: ${trend.length === 1 ? last.score : `from ${first.score} to ${last.score}`}.` : "."}
      </figcaption>
      <ChartTable caption="Score of each call" columns={["Call ended", "Score"]} rows={data.map((d) => [d.label, String(d.score)])} />
    </figure>
  );
}
