import { useTranslations } from "next-intl";
import type { PublicDispute } from "@/lib/practice/disputes/dispute-score";
import type { CategoryScore, RubricCategory } from "@/lib/practice/types";
import { DisputeDialog } from "./dispute-dialog";
import { usePracticeLabels } from "./labels";

type Props = { callId?: string; category: RubricCategory; entry: CategoryScore; dispute?: PublicDispute; onShowQuote?: (quote: string) => void };

/** A category's reasons, the lines they rest on, then either its re-grade (both grades) or the way to
 * dispute it. */
export function CategoryWhy({ callId, category, entry, dispute, onShowQuote }: Props) {
  const t = useTranslations("Practice");
  const labels = usePracticeLabels();
  const grade = (score: number | null) => (score === null ? t("notScoredLower") : score);
  const evidence = entry.evidence ?? [];
  return (
    <div className="grid gap-2">
      <p>{entry.reasons.join(" ")}</p>
      {evidence.length ? (
        <ul aria-label={t("evidence")} className="grid gap-1">
          {evidence.map((quote) => (
            <li key={quote}>
              {onShowQuote ? (
                <button
                  type="button"
                  onClick={() => onShowQuote(quote)}
                  className="text-left text-foreground underline decoration-dotted underline-offset-2 outline-none hover:decoration-solid focus-visible:ring-2 focus-visible:ring-ring"
                >
                  “{quote}”<span className="sr-only">{t("showInTranscript")}</span>
                </button>
              ) : (
                <q className="text-foreground">{quote}</q>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {dispute ? (
        <p className="rounded-md border border-border bg-muted/40 p-2 text-foreground" data-testid={`dispute-${category}`}>
          <strong>{t("regraded", { before: grade(dispute.before.score), after: grade(dispute.after.score) })}</strong>{" "}
          {t("regradedBy", { scorer: labels.scorer(dispute.regradedBy), explanation: dispute.explanation })}
        </p>
      ) : callId ? (
        <div>
          <DisputeDialog callId={callId} category={category} />
        </div>
      ) : null}
    </div>
  );
}
