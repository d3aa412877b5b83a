import type { PublicDispute } from "@/lib/practice/disputes/dispute-score";
import type { RubricCategory } from "@/lib/practice/types";
import { DisputeDialog } from "./dispute-dialog";
import { scorerLabel } from "./labels";

type Props = { callId?: string; category: RubricCategory; reasons: string[]; dispute?: PublicDispute };

/** A category's reasons, then either its re-grade (both grades) or the way to dispute it. */
export function CategoryWhy({ callId, category, reasons, dispute }: Props) {
  return (
    <div className="grid gap-2">
      <p>{reasons.join(" ")}</p>
      {dispute ? (
        <p className="rounded-md border border-border bg-muted/40 p-2 text-foreground" data-testid={`dispute-${category}`}>
          <strong>
            Re-graded {dispute.before.score} → {dispute.after.score}
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
