import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { useUserTimeZone } from "@/hooks/use-me";
import type { CallListItem } from "./api-types";
import { formatDuration, usePracticeLabels } from "./labels";
import { scoreTone } from "./score-value";

function scoreOf(call: CallListItem): number | null {
  return call.overallScore ?? call.quickScore?.overall ?? null;
}

/** One row per call; the whole row is the link to it. */
export function HistoryList({ calls }: { calls: CallListItem[] }) {
  const t = useTranslations("Practice");
  const timeZone = useUserTimeZone();
  const labels = usePracticeLabels();
  return (
    <ul aria-label={t("calls")} className="grid divide-y divide-border overflow-hidden rounded-lg border border-border bg-card">
      {calls.map((call) => {
        const score = scoreOf(call);
        return (
          <li key={call.id} className="relative flex items-center gap-4 p-4 transition-colors focus-within:bg-accent hover:bg-accent/60">
            <div className="grid min-w-0 flex-1 gap-1">
              <Link href={`/practice/calls/${call.id}`} className="font-medium break-words outline-none after:absolute after:inset-0">
                {call.title ?? `${call.personaName} · ${labels.mode(call.mode)}`}
              </Link>
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted-foreground">
                {call.title ? <span>{call.personaName} · {labels.mode(call.mode)}</span> : null}
                <span>{labels.date(call.createdAt, timeZone)}</span>
                {call.durationSeconds === null ? null : <span>{formatDuration(call.durationSeconds)}</span>}
                {call.status === "completed" ? null : <Badge variant="outline">{labels.status(call.status)}</Badge>}
              </p>
            </div>
            <p className="text-right">
              {score === null ? (
                <span className="text-sm text-muted-foreground">{call.status === "completed" && call.scoreStatus === "none" ? t("tooShort") : call.status === "failed" ? t("notScored") : t("noScore")}</span>
              ) : (
                <span className={cn("text-2xl font-semibold tabular-nums", scoreTone(score))}>
                  {score}
                  <span className="sr-only">{t("outOf100")}</span>
                </span>
              )}
            </p>
            <ChevronRight aria-hidden className="size-4 text-muted-foreground" />
          </li>
        );
      })}
    </ul>
  );
}
