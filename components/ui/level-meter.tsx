import { useTranslations } from "next-intl";
import { useId } from "react";

/** A microphone's input level (0–1) as a labelled meter. */
export function LevelMeter({ level }: { level: number }) {
  const t = useTranslations("Media");
  const id = useId();
  const percent = Math.round(level * 100);
  return (
    <div className="flex min-w-40 flex-1 items-center gap-2">
      <span className="text-sm text-muted-foreground" id={id}>
        {t("level")}
      </span>
      <div role="meter" aria-labelledby={id} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2 flex-1 overflow-hidden rounded-full bg-muted">
        <div className="h-full bg-primary transition-[width]" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
