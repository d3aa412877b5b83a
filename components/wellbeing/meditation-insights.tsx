"use client";

import { Award } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { Stat } from "@/components/ui/stat";
import { useInsights } from "@/hooks/use-wellbeing";

const signed = (n: number) => `${n > 0 ? "+" : n < 0 ? "−" : "±"}${Math.abs(n).toFixed(1)}`;

/** Totals, streaks, badges and, from three rated sessions, which programmes lift your mood most. */
export function MeditationInsights() {
  const insights = useInsights();
  if (insights.error) return <Alert variant="error">Could not load your sessions: {insights.error.message}</Alert>;
  if (!insights.data) return <Skeleton className="h-32" />;
  const data = insights.data;
  return (
    <div className="grid gap-4">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Sessions" value={String(data.sessions)} hint={`${data.completed} completed`} />
        <Stat label="Minutes" value={String(data.minutes)} />
        <Stat label="Streak" value={`${data.currentStreak} ${data.currentStreak === 1 ? "day" : "days"}`} hint={`Longest: ${data.longestStreak}`} />
        <Stat label="Badges" value={String(data.badges.filter((b) => b.earned).length)} hint={`of ${data.badges.length}`} />
      </dl>
      <ul className="flex flex-wrap gap-2" aria-label="Badges">
        {data.badges.map((b) => (
          <li key={b.id} className={`flex items-center gap-1 rounded-full border px-3 py-1 text-sm ${b.earned ? "border-primary" : "border-dashed border-border text-muted-foreground"}`}>
            <Award aria-hidden className="size-4" />
            {b.label}
            <span className="sr-only">{b.earned ? "(earned)" : "(not yet)"}</span>
          </li>
        ))}
      </ul>
      <section aria-labelledby="works-heading" className="grid gap-2">
        <h3 id="works-heading" className="font-semibold">What works for me</h3>
        {data.programs.length === 0 ? (
          <p className="text-sm text-muted-foreground">After three sessions with a mood before and after, this shows which programmes lift your mood most.</p>
        ) : (
          <ol className="grid gap-1 text-sm">
            {data.programs.map((p) => (
              <li key={p.programId}>
                <span className="font-medium">{p.title}</span>: mood {signed(p.averageChange)} on average ({p.sessions} {p.sessions === 1 ? "session" : "sessions"})
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
