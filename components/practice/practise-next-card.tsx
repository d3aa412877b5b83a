"use client";

import { Target } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useCreateCall } from "@/hooks/use-practice-call";
import { usePracticeStats } from "@/hooks/use-practice-history";
import { usePracticeLabels } from "./labels";

/** t("practiseNext"): a call aimed at the weakest category of the last five, one click to start.
 * Nothing shows until a call has been scored (there is no weakest category before that). */
export function PractiseNextCard() {
  const t = useTranslations("Practice");
  const labels = usePracticeLabels();
  const router = useRouter();
  const stats = usePracticeStats();
  const createCall = useCreateCall();
  const next = stats.data?.practiseNext;
  if (!next) return null;
  const starting = createCall.isPending || createCall.isSuccess;

  function start() {
    if (!next) return;
    createCall.mutate({ mode: next.mode, personaId: next.persona.id }, { onSuccess: (call) => router.push(`/practice/calls/${call.id}`) });
  }

  return (
    <section aria-labelledby="practise-next-heading" className="grid gap-3 rounded-lg border border-primary/40 bg-card p-4">
      <h2 id="practise-next-heading" className="flex items-center gap-2 text-lg font-semibold">
        <Target aria-hidden className="size-5 text-primary" />
        {t("practiseNext")}
      </h2>
      <p className="text-sm text-muted-foreground">{next.reason}</p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm">
          {t.rich("nextCall", {
            mode: labels.mode(next.mode),
            name: next.persona.name,
            role: next.persona.role,
            personality: labels.personality(next.persona.personality),
            difficulty: labels.difficulty(next.persona.difficulty).toLowerCase(),
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
        <Button onClick={start} disabled={starting}>
          {starting ? <Spinner /> : null}
          {t("startThisCall")}
        </Button>
      </div>
      {createCall.error ? <Alert variant="error">{t("startFailed", { message: createCall.error.message })}</Alert> : null}
    </section>
  );
}
