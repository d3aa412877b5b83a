import { useTranslations } from "next-intl";
import { WELLBEING_EMOTIONS, type WellbeingEmotion } from "@/lib/wellbeing/vocabulary";

const STEPS = ["1", "2", "3", "4", "5"] as const;

const isKnownEmotion = (name: string): name is WellbeingEmotion => (WELLBEING_EMOTIONS as readonly string[]).includes(name);

/** Mood 1–5 in words, in the interface language ("Very low" … "Great"). */
export function useMoodLabel() {
  const t = useTranslations("Wellbeing.mood");
  return (mood: number) => t(STEPS[Math.min(5, Math.max(1, Math.round(mood))) - 1]!);
}

/** An emotion's name in the interface language; a name outside the shared twelve stays as written. */
export function useEmotionName() {
  const t = useTranslations("Wellbeing.emotion");
  return (name: string) => (isKnownEmotion(name) ? t(name) : name);
}
