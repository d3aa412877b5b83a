import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { QualityReading } from "@/hooks/use-call-quality";

const dots = { good: "bg-emerald-600", fair: "bg-amber-500", poor: "bg-destructive" } as const;

const ms = (v: number | null) => (v === null ? "–" : `${Math.round(v)} ms`);

/** The connection's grade and the measurements behind it, from getStats(). */
export function QualityBadge({ reading }: { reading: QualityReading }) {
  const t = useTranslations("Media");
  if (!reading) return <Badge variant="outline">{t("measuring")}</Badge>;
  const { quality, sample } = reading;
  return (
    <div className="grid gap-1" data-testid="call-quality" data-bytes-received={sample.bytesReceived} data-route={sample.route ?? ""}>
      <Badge variant="outline" className="w-fit">
        <span aria-hidden className={cn("size-2 rounded-full", dots[quality])} />
        {t(`quality.${quality}`)}
      </Badge>
      <p className="text-xs text-muted-foreground">
        {t("stats", {
          rtt: ms(sample.rttMs),
          loss: sample.loss === null ? "–" : `${(sample.loss * 100).toFixed(1)} %`,
          jitter: ms(sample.jitterMs),
          kb: Math.round(sample.bytesReceived / 1024),
        })}
        {sample.route ? (sample.route === "relay" ? t("relayed") : t("direct")) : ""}
      </p>
    </div>
  );
}
