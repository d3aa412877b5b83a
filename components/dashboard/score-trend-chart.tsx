"use client";

import { useFormatter, useTranslations } from "next-intl";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { PracticeStats } from "@/components/practice/api-types";

/** Scores of the latest calls, oldest first; the line is drawn for sighted users, the summary is read out. */
export function ScoreTrendChart({ trend }: { trend: PracticeStats["trend"] }) {
  const t = useTranslations("Dashboard");
  const format = useFormatter();
  const data = trend.map((point, i) => ({ ...point, n: i + 1, label: format.dateTime(new Date(point.endedAt), { day: "numeric", month: "short" }) }));
  const first = trend[0];
  const last = trend.at(-1);
  return (
    <figure className="grid gap-2">
      <div aria-hidden className="h-44 w-full text-xs">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 12, left: -16, bottom: 0 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="label" stroke="var(--muted-foreground)" tickMargin={6} minTickGap={16} />
            <YAxis domain={[0, 100]} ticks={[0, 50, 100]} stroke="var(--muted-foreground)" />
            <Tooltip contentStyle={{ background: "var(--card)", borderColor: "var(--border)", color: "var(--foreground)" }} />
            <Line type="monotone" dataKey="score" name={t("score")} stroke="var(--primary)" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-sm text-muted-foreground">
        {t("trendCaption", { count: trend.length })}
        {first && last ? (trend.length === 1 ? t("trendOne", { score: last.score }) : t("trendRange", { first: first.score, last: last.score })) : "."}
      </figcaption>
    </figure>
  );
}
