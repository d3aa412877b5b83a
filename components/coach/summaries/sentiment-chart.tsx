"use client";

import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DailySummary } from "./api-types";
import { formatDay } from "../format-day";
import { moodScale } from "./timeline";

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
      <div aria-hidden className="h-44 w-full text-xs">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 12, left: -16, bottom: 0 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="label" stroke="var(--muted-foreground)" tickMargin={6} minTickGap={16} />
            <YAxis domain={[-1, 1]} ticks={[-1, 0, 1]} tickFormatter={(value: number) => moodLabel(value)} width={72} stroke="var(--muted-foreground)" />
            <ReferenceLine y={0} stroke="var(--muted-foreground)" strokeDasharray="4 4" />
            <Tooltip
              formatter={(value) => [moodText(Number(value)), t("moodName")]}
              contentStyle={{ background: "var(--card)", borderColor: "var(--border)", color: "var(--foreground)" }}
            />
            <Line type="monotone" dataKey="sentiment" name={t("moodName")} stroke="var(--primary)" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-sm text-muted-foreground">
        {t("moodCaption", { count: dailies.length, average: moodText(average).toLowerCase() })}
      </figcaption>
    </figure>
  );
}
