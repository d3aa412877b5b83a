"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** The drawn mood line over the range; loaded on its own, only when it comes into view. */
export function MoodPlot({ data, dots, name }: { data: { label: string; mood: number }[]; dots: boolean; name: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 8, right: 12, left: -24, bottom: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="label" stroke="var(--muted-foreground)" tickMargin={6} minTickGap={24} />
        <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} stroke="var(--muted-foreground)" />
        <Tooltip contentStyle={{ background: "var(--card)", borderColor: "var(--border)", color: "var(--foreground)" }} />
        <Line type="monotone" dataKey="mood" name={name} stroke="var(--primary)" strokeWidth={2} dot={dots} isAnimationActive={false} connectNulls />
      </LineChart>
    </ResponsiveContainer>
  );
}
