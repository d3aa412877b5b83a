"use client";

import { Target } from "lucide-react";
import { useTranslations } from "next-intl";
import type { PractiseNext } from "@/lib/practice/progress/practise-next";
import { usePracticeLabels } from "./labels";
import { StartSuggestedCall } from "./start-suggested-call";

/** The suggested call, in the reader's language, with its start button. */
export function PractiseNextView({ next }: { next: PractiseNext }) {
  const t = useTranslations("Practice");
  const labels = usePracticeLabels();
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
        <StartSuggestedCall mode={next.mode} personaId={next.persona.id} />
      </div>
    </section>
  );
}
