import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { QuickScore } from "@/lib/practice/types";
import { scorerLabel } from "./labels";
import { ScoreValue } from "./score-value";

/** The score the call ends with, shown until the full debrief is ready. */
export function QuickScoreCard({ quickScore }: { quickScore: QuickScore }) {
  return (
    <Card role="region" aria-labelledby="quick-score-heading">
      <CardHeader>
        <CardTitle id="quick-score-heading">Quick score</CardTitle>
        <CardDescription>Scored by {scorerLabel(quickScore.scorer)}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap items-center gap-6">
        <ScoreValue score={quickScore.overall} label="Quick score" />
        <p className="min-w-0 flex-1 basis-60">{quickScore.summary}</p>
      </CardContent>
    </Card>
  );
}
