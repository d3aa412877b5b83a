"use client";

import { useFormatter, useTranslations } from "next-intl";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Trends } from "./api-types";

/** Mood per day over the range; the summary under it is what screen readers get. */
export function MoodChart({ trends }: { trends: Trends }) {
  const t = useTranslations("Wellbeing");
  const format = useFormatter();
  const label = (day: string) =>
    format.dateTime(new Date(`${day}T12:00:00Z`), trends.range === "year" ? { month: "short", timeZone: "UTC" } : { day: "numeric", month: "short", timeZone: "UTC" });
  const data = trends.days.map((d) => ({ ...d, label: label(d.day) }));
  const direction = trends.trend > 0.02 ? "rising" : trends.trend < -0.02 ? "falling" : "steady";
  return (
    <figure className="grid gap-2">
      <div aria-hidden className="h-56 w-full text-xs">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 12, left: -24, bottom: 0 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="label" stroke="var(--muted-foreground)" tickMargin={6} minTickGap={24} />
            <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} stroke="var(--muted-foreground)" />
            <Tooltip contentStyle={{ background: "var(--card)", borderColor: "var(--border)", color: "var(--foreground)" }} />
            <Line type="monotone" dataKey="mood" name={t("moodTitle")} stroke="var(--primary)" strokeWidth={2} dot={trends.range !== "year"} isAnimationActive={false} connectNulls />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-sm text-muted-foreground">
        {trends.days.length
          ? t("chartCaption", { average: trends.average ?? "–", count: trends.days.length, direction })
          : t("noMoods")}
      </figcaption>
    </figure>
  );
}
