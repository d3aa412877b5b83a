"use client";

import { Alert } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { Stat } from "@/components/ui/stat";
import { usePracticeStats } from "@/hooks/use-practice-history";
import type { PracticeStats } from "./api-types";
import { categoryLabels } from "./labels";
import { Sparkline } from "./sparkline";

const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;

function change(trend: PracticeStats["categoryTrends"][number]): string {
  if (trend.recent === null) return "Not scored yet";
  if (trend.previous === null) return "Too few calls to compare";
  const delta = trend.recent - trend.previous;
  if (delta === 0) return "No change";
  return `${delta > 0 ? "+" : "−"}${Math.abs(delta)} vs the five calls before`;
}

/** Totals, streaks and how each rubric category moves, above the list of calls. */
export function HistorySummary() {
  const stats = usePracticeStats();
  if (stats.error) return <Alert variant="error">Could not load your practice summary: {stats.error.message}</Alert>;
  const data = stats.data;
  if (!data) return <Skeleton role="status" aria-label="Loading summary" className="h-48" />;
  if (data.totalCalls === 0) return null;
  const weakest = data.categoryTrends.filter((t) => t.recent !== null).sort((a, b) => a.recent! - b.recent!)[0];
  return (
    <section aria-labelledby="history-summary-heading" className="grid gap-4 rounded-lg border border-border bg-card p-4">
      <h2 id="history-summary-heading" className="text-lg font-semibold">
        Summary
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <Stat label="Calls" value={String(data.totalCalls)} size="md" />
        <Stat label="Minutes" value={String(data.totalMinutes)} size="md" />
        <Stat label="Average score" value={data.averageScore === null ? "–" : String(Math.round(data.averageScore))} size="md" />
        <Stat label="Best score" value={data.bestScore === null ? "–" : String(data.bestScore)} size="md" />
        <Stat label="Current streak" value={days(data.currentStreak)} size="md" />
        <Stat label="Longest streak" value={days(data.longestStreak)} size="md" />
      </dl>
      {weakest ? (
        <p className="text-sm text-muted-foreground">
          Weakest lately: <strong className="text-foreground">{categoryLabels[weakest.category]}</strong> ({weakest.recent} over your last
          calls).
        </p>
      ) : null}
      <table className="w-full text-sm" aria-label="Category trends">
        <thead className="text-left text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="py-1 font-medium">Category</th>
            <th scope="col" className="py-1 font-medium">Last 5 calls</th>
            <th scope="col" className="py-1 font-medium">Change</th>
            <th scope="col" className="py-1 font-medium">Best</th>
            <th scope="col" className="hidden py-1 font-medium sm:table-cell">
              <span className="sr-only">Trend</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {data.categoryTrends.map((trend) => (
            <tr key={trend.category}>
              <th scope="row" className="py-2 text-left font-medium">{categoryLabels[trend.category]}</th>
              <td className="py-2 tabular-nums">{trend.recent ?? "–"}</td>
              <td className="py-2 text-muted-foreground">{change(trend)}</td>
              <td className="py-2 tabular-nums">{trend.best ?? "–"}</td>
              <td className="hidden py-2 sm:table-cell">
                <Sparkline points={trend.points} className="h-6 w-24 text-primary" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
