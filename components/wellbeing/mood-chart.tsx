"use client";

import dynamic from "next/dynamic";
import { useFormatter, useTranslations } from "next-intl";
import { ChartTable } from "@/components/charts/chart-table";
import { DeferredPlot } from "@/components/charts/deferred-plot";
import type { Trends } from "./api-types";

const MoodPlot = dynamic(() => import("./mood-plot").then((m) => m.MoodPlot), { ssr: false });

/** Mood per day over the range; the summary and the table under it are what screen readers get. */
export function MoodChart({ trends }: { trends: Trends }) {
  const t = useTranslations("Wellbeing");
  const format = useFormatter();
  const label = (day: string) =>
    format.dateTime(new Date(`${day}T12:00:00Z`), trends.range === "year" ? { month: "short", timeZone: "UTC" } : { day: "numeric", month: "short", timeZone: "UTC" });
  const dayLabel = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { day: "numeric", month: "short", timeZone: "UTC" });
  const data = trends.days.map((d) => ({ ...d, label: label(d.day) }));
  const direction = trends.trend > 0.02 ? "rising" : trends.trend < -0.02 ? "falling" : "steady";
  return (
    <figure className="grid gap-2">
      <DeferredPlot className="h-56">
        <MoodPlot data={data} dots={trends.range !== "year"} name={t("moodName")} />
      </DeferredPlot>
      <figcaption className="text-sm text-muted-foreground">
        {trends.days.length
          ? t("chartCaption", { average: trends.average ?? "–", count: trends.days.length, direction })
          : t("noMoods")}
      </figcaption>
      <ChartTable caption={t("moodTableCaption")} columns={[t("moodTableDay"), t("moodTableMood")]} rows={trends.days.map((d) => [dayLabel(d.day), String(d.mood)])} />
    </figure>
  );
}
