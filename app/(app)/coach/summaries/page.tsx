import type { Metadata } from "next";
import { SummariesTimeline } from "@/components/coach/summaries/summaries-timeline";
import { SummariseTodayButton } from "@/components/coach/summaries/summarise-today-button";

export const metadata: Metadata = { title: "Coach summaries" };

export default function CoachSummariesPage() {
  return (
    <div className="mx-auto grid w-full max-w-5xl gap-8">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Summaries</h1>
        <p className="text-muted-foreground">Each day you check in, summarised; each week, rolled up against your goals.</p>
      </div>
      <SummariseTodayButton />
      <SummariesTimeline />
    </div>
  );
}
