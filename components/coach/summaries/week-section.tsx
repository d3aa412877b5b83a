import { useLocale, useTranslations } from "next-intl";
import { addDays } from "@/lib/local-days";
import { DailyCard } from "./daily-card";
import { formatDay } from "../format-day";
import type { TimelineWeek } from "./timeline";
import { WeeklyCard } from "./weekly-card";

/** One week of the timeline: its weekly roll-up (once the week is over) above its days. */
export function WeekSection({ week }: { week: TimelineWeek }) {
  const t = useTranslations("Coach");
  const locale = useLocale();
  const headingId = `week-${week.weekStart}`;
  const range = `${formatDay(week.weekStart, { day: "numeric", month: "short" }, locale)} – ${formatDay(addDays(week.weekStart, 6), { day: "numeric", month: "short", year: "numeric" }, locale)}`;
  return (
    <section aria-labelledby={headingId} className="grid gap-3">
      <h3 id={headingId} className="text-lg font-semibold">
        {t("weekOf", { range })}
      </h3>
      {week.weekly ? (
        <WeeklyCard weekly={week.weekly} />
      ) : (
        <p className="text-sm text-muted-foreground">{t("weekReviewLater")}</p>
      )}
      {week.days.length ? (
        <ol aria-label={t("daysInWeek", { range })} className="grid gap-3 border-l-2 border-border pl-4">
          {week.days.map((daily) => (
            <li key={daily.id}>
              <DailyCard daily={daily} />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
