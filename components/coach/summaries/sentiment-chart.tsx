"use client";

import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import { ChartTable } from "@/components/charts/chart-table";
import { DeferredPlot } from "@/components/charts/deferred-plot";
import type { DailySummary } from "./api-types";
import { formatDay } from "../format-day";
import { moodScale } from "./timeline";

const SentimentPlot = dynamic(() => import("./sentiment-plot").then((m) => m.SentimentPlot), { ssr: false });

/** Mood of each summarised day, oldest first; drawn for sighted users, described for everyone. */
export function SentimentChart({ dailies }: { dailies: DailySummary[] }) {
  const t = useTranslations("Coach");
  const locale = useLocale();
  const moodLabel = (sentiment: number) => t(`mood.${moodScale(sentiment).mood}`);
  const moodText = (sentiment: number) => t("moodText", { mood: moodLabel(sentiment), step: moodScale(sentiment).step });
  const points = [...dailies].reverse().map((d) => ({ label: formatDay(d.day, { day: "numeric", month: "short" }, locale), sentiment: d.sentiment }));
  const average = dailies.reduce((sum, d) => sum + d.sentiment, 0) / Math.max(1, dailies.length);
  return (
    <figure className="grid gap-2">
      <DeferredPlot className="h-44">
        <SentimentPlot points={points} moodLabel={moodLabel} moodText={moodText} name={t("moodName")} />
      </DeferredPlot>
      <figcaption className="text-sm text-muted-foreground">
        {t("moodCaption", { count: dailies.length, average: moodText(average).toLowerCase() })}
      </figcaption>
      <ChartTable caption={t("moodTableCaption")} columns={[t("moodTableDay"), t("moodName")]} rows={points.map((p) => [p.label, moodText(p.sentiment)])} />
    </figure>
  );
}
