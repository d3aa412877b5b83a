import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { scoreBand, type ScoreBand } from "@/lib/practice/progress/score-bands";

const bandTones: Record<ScoreBand, string> = {
  strong: "text-emerald-700 dark:text-emerald-400",
  solid: "text-amber-700 dark:text-amber-400",
  needs_work: "text-red-700 dark:text-red-400",
};

export function scoreTone(score: number): string {
  return bandTones[scoreBand(score)];
}

/** A 0–100 score as a large number; `label` names it for screen readers. */
export function ScoreValue({ score, label, className }: { score: number; label: string; className?: string }) {
  const t = useTranslations("Practice");
  return (
    <p className={cn("flex items-baseline gap-1", className)} aria-label={t("scoreOutOf", { label, score })}>
      <span className={cn("text-5xl font-semibold tabular-nums", scoreTone(score))}>{score}</span>
      <span className="text-muted-foreground">/ 100</span>
    </p>
  );
}
