import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { DailySummary } from "./api-types";
import { formatDay } from "../format-day";
import { MoodMeter } from "./mood-meter";

/** One day: what was said, its topics as chips, the mood and the action items captured. */
export function DailyCard({ daily }: { daily: DailySummary }) {
  const t = useTranslations("Coach");
  const locale = useLocale();
  const headingId = `day-${daily.day}`;
  return (
    <article aria-labelledby={headingId} className="grid gap-3 rounded-lg border border-border bg-card p-4">
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h4 id={headingId} className="font-medium">
          <time dateTime={daily.day}>{formatDay(daily.day, { weekday: "long", day: "numeric", month: "long" }, locale)}</time>
        </h4>
        <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
          <span>{t("conversationCount", { count: daily.conversationCount })}</span>
          <MoodMeter sentiment={daily.sentiment} />
          {daily.offline ? <Badge variant="outline">{t("offlineSummary")}</Badge> : null}
        </p>
      </header>
      <p className="text-sm leading-relaxed break-words">{daily.summary}</p>
      {daily.keyTopics.length ? (
        <ul aria-label={t("keyTopics")} className="flex flex-wrap gap-1.5">
          {daily.keyTopics.map((topic) => (
            <li key={topic}>
              <Badge>{topic}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
      {daily.actionItems.length ? (
        <div className="grid gap-1 text-sm">
          <p className="font-medium">{t("actionItems")}</p>
          <ul className="list-disc pl-5 text-muted-foreground">
            {daily.actionItems.map((item) => (
              <li key={item.text} className="break-words">
                {item.text}
                {item.status === "done" ? <span className="sr-only">{t("done")}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}
