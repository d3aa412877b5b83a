import type { PublicDispute } from "@/lib/practice/disputes/dispute-score";
import type { CategoryScore, RubricCategory } from "@/lib/practice/types";
import { DisputeDialog } from "./dispute-dialog";
import { scorerLabel } from "./labels";

type Props = { callId?: string; category: RubricCategory; entry: CategoryScore; dispute?: PublicDispute; onShowQuote?: (quote: string) => void };

const grade = (score: number | null) => (score === null ? "not scored" : score);

/** A category's reasons, the lines they rest on, then either its re-grade (both grades) or the way to
 * dispute it. */
export function CategoryWhy({ callId, category, entry, dispute, onShowQuote }: Props) {
  const evidence = entry.evidence ?? [];
  return (
    <div className="grid gap-2">
      <p>{entry.reasons.join(" ")}</p>
      {evidence.length ? (
        <ul aria-label="Evidence" className="grid gap-1">
          {evidence.map((quote) => (
            <li key={quote}>
              {onShowQuote ? (
                <button
                  type="button"
                  onClick={() => onShowQuote(quote)}
                  className="text-left text-foreground underline decoration-dotted underline-offset-2 outline-none hover:decoration-solid focus-visible:ring-2 focus-visible:ring-ring"
                >
                  “{quote}”<span className="sr-only"> — show in transcript</span>
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
          <strong>
            Re-graded {grade(dispute.before.score)} → {grade(dispute.after.score)}
          </strong>{" "}
          by {scorerLabel(dispute.regradedBy)}: {dispute.explanation}
        </p>
      ) : callId ? (
        <div>
          <DisputeDialog callId={callId} category={category} />
        </div>
      ) : null}
    </div>
  );
}
