import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { CallProgress } from "@/lib/practice/progress/call-progress";
import type { CallMode } from "@/lib/practice/types";
import { usePracticeLabels } from "./labels";

/** Band, pass or not, and the change since the last call in this mode, under the overall score. */
export function CallProgressLine({ progress, mode }: { progress: CallProgress; mode: CallMode }) {
  const t = useTranslations("Practice");
  const labels = usePracticeLabels();
  const modeName = labels.mode(mode).toLowerCase();
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="call-progress">
      <Badge variant="outline">{labels.band(progress.band)}</Badge>{" "}
      <span className={progress.passed ? "font-medium text-emerald-700 dark:text-emerald-400" : "font-medium text-red-700 dark:text-red-400"}>
        {progress.passed ? t("passed") : t("belowPass")}
      </span>{" "}
      <span className="text-muted-foreground">{t("passMark", { mark: progress.passMark })}</span>{" "}
      {progress.previous && progress.delta !== null ? (
        <span className="text-muted-foreground">
          · {progress.delta === 0 ? t("deltaSame") : t("deltaVs", { delta: `${progress.delta > 0 ? "+" : "−"}${Math.abs(progress.delta)}` })}{" "}
          <Link href={`/practice/calls/${progress.previous.callId}`} className="underline underline-offset-2 hover:text-foreground">
            {t("yourLast", { mode: modeName })}
          </Link>{" "}
          ({progress.previous.score})
        </span>
      ) : (
        <span className="text-muted-foreground">{t("firstScored", { mode: modeName })}</span>
      )}
    </div>
  );
}
