"use client";

import dynamic from "next/dynamic";
import { ChartTable } from "@/components/charts/chart-table";
import { DeferredPlot } from "@/components/charts/deferred-plot";
import type { Trends } from "./api-types";

const MoodPlot = dynamic(() => import("./mood-plot").then((m) => m.MoodPlot), { ssr: false });

const label = (day: string, range: Trends["range"]) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString(undefined, range === "year" ? { month: "short" } : { day: "numeric", month: "short" });

/** Mood per day over the range; the summary and the table under it are what screen readers get. */
export function MoodChart({ trends }: { trends: Trends }) {
  const data = trends.days.map((d) => ({ ...d, label: label(d.day, trends.range) }));
  const direction = trends.trend > 0.02 ? "rising" : trends.trend < -0.02 ? "falling" : "steady";
  return (
    <figure className="grid gap-2">
      <DeferredPlot className="h-56">
        <MoodPlot data={data} dots={trends.range !== "year"} />
      </DeferredPlot>
      <figcaption className="text-sm text-muted-foreground">
        {trends.days.length
          ? `Average mood ${trends.average}/5 over ${trends.days.length} ${trends.days.length === 1 ? "day" : "days"} with a mood, ${direction}.`
          : "No moods in this range yet."}
      </figcaption>
      <ChartTable caption="Mood of each day" columns={["Day", "Mood (1 to 5)"]} rows={trends.days.map((d) => [label(d.day, "month"), String(d.mood)])} />
    </figure>
  );
}
