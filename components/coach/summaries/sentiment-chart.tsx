"use client";

import dynamic from "next/dynamic";
import { ChartTable } from "@/components/charts/chart-table";
import { DeferredPlot } from "@/components/charts/deferred-plot";
import type { DailySummary } from "./api-types";
import { formatDay } from "../format-day";
import { moodText } from "./timeline";

const SentimentPlot = dynamic(() => import("./sentiment-plot").then((m) => m.SentimentPlot), { ssr: false });

/** Mood of each summarised day, oldest first; drawn for sighted users, described for everyone. */
export function SentimentChart({ dailies }: { dailies: DailySummary[] }) {
  const points = [...dailies].reverse().map((d) => ({ label: formatDay(d.day, { day: "numeric", month: "short" }), sentiment: d.sentiment }));
  const average = dailies.reduce((sum, d) => sum + d.sentiment, 0) / Math.max(1, dailies.length);
  return (
    <figure className="grid gap-2">
      <DeferredPlot className="h-44">
        <SentimentPlot points={points} />
      </DeferredPlot>
      <figcaption className="text-sm text-muted-foreground">
        Mood over your last {dailies.length === 1 ? "summarised day" : `${dailies.length} summarised days`}, on a scale from 1 (low) to 5
        (upbeat): on average {moodText(average).toLowerCase()}.
      </figcaption>
      <ChartTable caption="Mood of each summarised day" columns={["Day", "Mood"]} rows={points.map((p) => [p.label, moodText(p.sentiment)])} />
    </figure>
  );
}
