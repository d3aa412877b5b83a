import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { PublicPersona } from "./api-types";
import { usePracticeLabels } from "./labels";

const difficultyTone = {
  easy: "bg-emerald-600/15 text-emerald-800 dark:text-emerald-300",
  medium: "bg-amber-500/15 text-amber-800 dark:text-amber-300",
  hard: "bg-destructive/15 text-red-800 dark:text-red-300",
} as const;

export function PersonaBadges({ persona }: { persona: PublicPersona }) {
  const t = useTranslations("Practice");
  const labels = usePracticeLabels();
  return (
    <div className="flex flex-wrap gap-1.5">
      <Badge variant="outline">{labels.personality(persona.personality)}</Badge>
      <Badge className={difficultyTone[persona.difficulty]}>{labels.difficulty(persona.difficulty)}</Badge>
      <Badge variant="outline">{persona.preset ? t("preset") : t("yours")}</Badge>
    </div>
  );
}
