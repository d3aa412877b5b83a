"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** The drawn mood line of the summarised days; loaded on its own, only when it comes into view. */
type Props = { points: { label: string; sentiment: number }[]; moodLabel: (sentiment: number) => string; moodText: (sentiment: number) => string; name: string };

export function SentimentPlot({ points, moodLabel, moodText, name }: Props) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points} margin={{ top: 8, right: 12, left: -16, bottom: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="label" stroke="var(--muted-foreground)" tickMargin={6} minTickGap={16} />
        <YAxis domain={[-1, 1]} ticks={[-1, 0, 1]} tickFormatter={(value: number) => moodLabel(value)} width={72} stroke="var(--muted-foreground)" />
        <ReferenceLine y={0} stroke="var(--muted-foreground)" strokeDasharray="4 4" />
        <Tooltip
          formatter={(value) => [moodText(Number(value)), name]}
          contentStyle={{ background: "var(--card)", borderColor: "var(--border)", color: "var(--foreground)" }}
        />
        <Line type="monotone" dataKey="sentiment" name={name} stroke="var(--primary)" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
