// Words the Practice UI shows for the API's enums and engine names, in the interface language.
import { useFormatter, useTranslations } from "next-intl";
import type { PublicCall } from "./api-types";
import type { ScoreBand } from "@/lib/practice/progress/score-bands";
import type { CallMode, Difficulty, Personality, RubricCategory } from "@/lib/practice/types";

const vendorNames: Record<string, string> = { gemini: "Gemini", groq: "Groq", openai: "OpenAI" };

export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** Labels for modes, statuses, personalities, difficulties, categories, bands and scorers, and call
 * dates ("3 Dec 2026, 14:05" in the user's timezone, naming the zone when it is not the browser's). */
export function usePracticeLabels() {
  const t = useTranslations("PracticeLabels");
  const format = useFormatter();
  return {
    mode: (mode: CallMode) => t(`mode.${mode}.label`),
    modeDescription: (mode: CallMode) => t(`mode.${mode}.description`),
    status: (status: PublicCall["status"]) => t(`status.${status}`),
    personality: (personality: Personality) => t(`personality.${personality}`),
    difficulty: (difficulty: Difficulty) => t(`difficulty.${difficulty}`),
    category: (category: RubricCategory) => t(`category.${category}`),
    band: (band: ScoreBand) => t(`band.${band}`),
    /** "offline" (or anything starting with it) is the built-in rubric; otherwise the vendor's name. */
    scorer: (scorer: string) => {
      if (scorer.startsWith("offline")) return t("builtInScorer");
      const vendor = scorer.split(/[:/]/)[0] ?? scorer;
      return vendorNames[vendor] ?? scorer;
    },
    date: (iso: string, timeZone?: string) => {
      const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const named = timeZone !== undefined && timeZone !== browserZone;
      return format.dateTime(new Date(iso), {
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZone,
        ...(named ? { timeZoneName: "short" as const } : {}),
      });
    },
  };
}
