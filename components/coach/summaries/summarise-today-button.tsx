"use client";

import { Sparkles } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useSummariseToday } from "@/hooks/use-coach-summaries";
import type { ApiError } from "@/hooks/api-request";

function errorText(error: ApiError): string {
  if (error.code !== "RATE_LIMITED" || !error.retryAfterSeconds) return error.message;
  const minutes = Math.ceil(error.retryAfterSeconds / 60);
  return `You have summarised today a few times already. Try again in ${minutes === 1 ? "a minute" : `${minutes} minutes`}.`;
}

/** Runs the nightly daily summary now for the day so far; the nightly run still rewrites it later. */
export function SummariseTodayButton() {
  const summarise = useSummariseToday();
  return (
    <div className="grid justify-items-start gap-2">
      <Button variant="outline" disabled={summarise.isPending} aria-busy={summarise.isPending || undefined} onClick={() => summarise.mutate()}>
        {summarise.isPending ? <Spinner /> : <Sparkles aria-hidden />}
        Summarise today so far
      </Button>
      {summarise.error ? <Alert variant="error">{errorText(summarise.error)}</Alert> : null}
      {summarise.isSuccess ? <Alert variant="success">Today’s summary is ready below. It is written again after midnight if you check in later.</Alert> : null}
    </div>
  );
}
