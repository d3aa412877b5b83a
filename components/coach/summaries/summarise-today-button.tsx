"use client";

import { Sparkles } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useSummariseToday } from "@/hooks/use-coach-summaries";
import type { ApiError } from "@/hooks/api-request";

function errorText(error: ApiError, t: ReturnType<typeof useTranslations<"Coach">>): string {
  if (error.code !== "RATE_LIMITED" || !error.retryAfterSeconds) return error.message;
  return t("summarisedTooOften", { minutes: Math.ceil(error.retryAfterSeconds / 60) });
}

/** Runs the nightly daily summary now for the day so far; the nightly run still rewrites it later. */
export function SummariseTodayButton() {
  const t = useTranslations("Coach");
  const summarise = useSummariseToday();
  return (
    <div className="grid justify-items-start gap-2">
      <Button variant="outline" disabled={summarise.isPending} aria-busy={summarise.isPending || undefined} onClick={() => summarise.mutate()}>
        {summarise.isPending ? <Spinner /> : <Sparkles aria-hidden />}
        {t("summariseToday")}
      </Button>
      {summarise.error ? <Alert variant="error">{errorText(summarise.error, t)}</Alert> : null}
      {summarise.isSuccess ? <Alert variant="success">{t("summaryReady")}</Alert> : null}
    </div>
  );
}
