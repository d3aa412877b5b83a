"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** The drawn score trend; loaded on its own, only when the chart comes into view. */
export function ScoreTrendPlot({ data, name }: { data: { label: string; score: number }[]; name: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 8, right: 12, left: -16, bottom: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="label" stroke="var(--muted-foreground)" tickMargin={6} minTickGap={16} />
        <YAxis domain={[0, 100]} ticks={[0, 50, 100]} stroke="var(--muted-foreground)" />
        <Tooltip contentStyle={{ background: "var(--card)", borderColor: "var(--border)", color: "var(--foreground)" }} />
        <Line type="monotone" dataKey="score" name={name} stroke="var(--primary)" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
