import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { AudioLevel } from "@/hooks/use-audio-level";

/** One side's voice: a level bar and, in words, whether they are speaking. The peak level is kept as
 * a data attribute so an end-to-end test can tell that audio really arrived. */
export function SpeakingMeter({ label, level, muted = false }: { label: string; level: AudioLevel; muted?: boolean }) {
  const t = useTranslations("Media");
  const width = Math.min(100, Math.round(level.level * 400));
  const words = muted ? t("muted") : level.speaking ? t("speaking") : t("quiet");
  return (
    <div className="grid gap-1.5" data-testid={`meter-${label}`} data-peak-level={level.peak.toFixed(4)}>
      <div className="flex items-center justify-between text-sm">
        <span className="font-medium">{label}</span>
        <span role="status" className={cn("text-muted-foreground", level.speaking && !muted && "font-medium text-foreground")}>
          {words}
        </span>
      </div>
      <div aria-hidden className="h-2 overflow-hidden rounded-full bg-muted">
        <div className={cn("h-full rounded-full bg-primary transition-[width] duration-100 motion-reduce:transition-none", muted && "bg-muted-foreground")} style={{ width: `${width}%` }} />
      </div>
    </div>
  );
}
