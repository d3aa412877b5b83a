import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { CallProgress } from "@/lib/practice/progress/call-progress";
import { scoreBandLabels } from "@/lib/practice/progress/score-bands";
import type { CallMode } from "@/lib/practice/types";
import { modeLabel } from "./labels";

function deltaText(delta: number): string {
  if (delta === 0) return "Same as";
  return `${delta > 0 ? "+" : "−"}${Math.abs(delta)} vs`;
}

/** Band, pass or not, and the change since the last call in this mode, under the overall score. */
export function CallProgressLine({ progress, mode }: { progress: CallProgress; mode: CallMode }) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="call-progress">
      <Badge variant="outline">{scoreBandLabels[progress.band]}</Badge>{" "}
      <span className={progress.passed ? "font-medium text-emerald-700 dark:text-emerald-400" : "font-medium text-red-700 dark:text-red-400"}>
        {progress.passed ? "Passed" : "Below the pass mark"}
      </span>{" "}
      <span className="text-muted-foreground">(pass mark {progress.passMark})</span>{" "}
      {progress.previous && progress.delta !== null ? (
        <span className="text-muted-foreground">
          · {deltaText(progress.delta)}{" "}
          <Link href={`/practice/calls/${progress.previous.callId}`} className="underline underline-offset-2 hover:text-foreground">
            your last {modeLabel(mode).toLowerCase()}
          </Link>{" "}
          ({progress.previous.score})
        </span>
      ) : (
        <span className="text-muted-foreground">· your first scored {modeLabel(mode).toLowerCase()}</span>
      )}
    </div>
  );
}
