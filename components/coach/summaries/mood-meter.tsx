import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { moodScale } from "./timeline";

/** A day's mood as a word and five dots filled up to its step; the raw score stays out of sight. */
export function MoodMeter({ sentiment }: { sentiment: number }) {
  const t = useTranslations("Coach");
  const { step, mood } = moodScale(sentiment);
  return (
    <span className="inline-flex items-center gap-1.5">
      <span>{t("moodIs", { mood: t(`mood.${mood}`) })}</span>
      <span role="img" aria-label={t("stepOf5", { step })} className="inline-flex gap-0.5">
        {[1, 2, 3, 4, 5].map((n) => (
          <span key={n} aria-hidden className={cn("size-1.5 rounded-full", n <= step ? "bg-primary" : "bg-muted-foreground/30")} />
        ))}
      </span>
    </span>
  );
}
