"use client";

import { Lightbulb } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useCallHint } from "@/hooks/use-practice-call";

/** t("hint"): the built-in coach's next move, shown above the reply box until the next one. */
export function HintPanel({ callId, disabled }: { callId: string; disabled: boolean }) {
  const t = useTranslations("Practice");
  const hint = useCallHint(callId);
  return (
    <div className="grid gap-2">
      <div role="status" aria-live="polite">
        {hint.data ? (
          <p className="flex gap-2 rounded-md border border-primary/40 bg-accent/40 p-2 text-sm">
            <Lightbulb aria-hidden className="mt-0.5 size-4 shrink-0 text-primary" />
            <span>
              <span className="sr-only">{t("hintLabel")} </span>
              {hint.data.text}
            </span>
          </p>
        ) : null}
        {hint.error ? <p className="text-sm text-destructive">{hint.error.message}</p> : null}
      </div>
      <div>
        <Button variant="outline" size="sm" disabled={disabled || hint.isPending} onClick={() => hint.mutate()}>
          {hint.isPending ? <Spinner /> : <Lightbulb aria-hidden />}
          {t("hint")}
        </Button>
      </div>
    </div>
  );
}
