"use client";

import { RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useRetryScore } from "@/hooks/use-practice-call";

type Props = { callId: string; state: { status: "pending" } | { status: "failed"; message: string } };

/** "Scoring…" while the debrief is computed; a failure with t("retryScoring"). */
export function ScoreStateCard({ callId, state }: Props) {
  const t = useTranslations("Practice");
  const retry = useRetryScore(callId);
  if (state.status === "pending") {
    return (
      <div role="status" className="flex items-center gap-3 rounded-lg border border-border bg-card p-4 text-sm">
        <Spinner className="size-5 text-primary" />
        <span>{t("scoring")}</span>
      </div>
    );
  }
  return (
    <Alert variant="error">
      <p className="font-medium">{t("scoringFailed")}</p>
      {state.message ? <p className="text-muted-foreground">{state.message}</p> : null}
      {retry.error ? <p className="text-destructive">{retry.error.message}</p> : null}
      <Button variant="outline" size="sm" className="mt-3" disabled={retry.isPending} onClick={() => retry.mutate()}>
        {retry.isPending ? <Spinner /> : <RotateCcw aria-hidden />}
        {t("retryScoring")}
      </Button>
    </Alert>
  );
}
