"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** The five rubric scores as bars; loaded on its own, only when the chart comes into view. */
export function CategoryPlot({ data }: { data: { name: string; score: number }[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="var(--border)" />
        <XAxis type="number" domain={[0, 100]} stroke="var(--muted-foreground)" />
        <YAxis type="category" dataKey="name" width={120} stroke="var(--muted-foreground)" />
        <Tooltip cursor={{ fill: "var(--muted)" }} contentStyle={{ background: "var(--card)", borderColor: "var(--border)" }} />
        <Bar dataKey="score" fill="var(--primary)" radius={[0, 4, 4, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
