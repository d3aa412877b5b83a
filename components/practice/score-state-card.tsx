"use client";

import { RotateCcw } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useRetryScore } from "@/hooks/use-practice-call";

type Props = { callId: string; state: { status: "pending" } | { status: "failed"; message: string } };

/** "Scoring…" while the debrief is computed; a failure with "Retry scoring". */
export function ScoreStateCard({ callId, state }: Props) {
  const retry = useRetryScore(callId);
  if (state.status === "pending") {
    return (
      <div role="status" className="flex items-center gap-3 rounded-lg border border-border bg-card p-4 text-sm">
        <Spinner className="size-5 text-primary" />
        <span>Scoring… your full debrief appears here in a moment.</span>
      </div>
    );
  }
  return (
    <Alert variant="error">
      <p className="font-medium">Scoring failed</p>
      <p className="text-muted-foreground">{state.message}</p>
      {retry.error ? <p className="text-destructive">{retry.error.message}</p> : null}
      <Button variant="outline" size="sm" className="mt-3" disabled={retry.isPending} onClick={() => retry.mutate()}>
        {retry.isPending ? <Spinner /> : <RotateCcw aria-hidden />}
        Retry scoring
      </Button>
    </Alert>
  );
}
