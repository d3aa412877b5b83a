"use client";

import { Award } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { Stat } from "@/components/ui/stat";
import { useInsights } from "@/hooks/use-wellbeing";
import { useProgramText } from "./use-program-text";

const BADGES = ["first", "ten", "hour", "week", "month"] as const;
type Badge = (typeof BADGES)[number];

const signed = (n: number) => `${n > 0 ? "+" : n < 0 ? "−" : "±"}${Math.abs(n).toFixed(1)}`;

/** Totals, streaks, badges and, from three rated sessions, which programmes lift your mood most. */
export function MeditationInsights() {
  const t = useTranslations("Wellbeing");
  const text = useProgramText();
  const insights = useInsights();
  if (insights.error) return <Alert variant="error">{t("insightsError", { message: insights.error.message })}</Alert>;
  if (!insights.data) return <Skeleton className="h-32" />;
  const data = insights.data;
  return (
    <div className="grid gap-4">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label={t("sessions")} value={String(data.sessions)} hint={t("completedCount", { count: data.completed })} />
        <Stat label={t("minutes")} value={String(data.minutes)} />
        <Stat label={t("streak")} value={t("days", { count: data.currentStreak })} hint={t("longest", { count: data.longestStreak })} />
        <Stat label={t("badges")} value={String(data.badges.filter((b) => b.earned).length)} hint={t("ofTotal", { total: data.badges.length })} />
      </dl>
      <ul className="flex flex-wrap gap-2" aria-label={t("badges")}>
        {data.badges.map((b) => (
          <li key={b.id} className={`flex items-center gap-1 rounded-full border px-3 py-1 text-sm ${b.earned ? "border-primary" : "border-dashed border-border text-muted-foreground"}`}>
            <Award aria-hidden className="size-4" />
            {BADGES.includes(b.id as Badge) ? t(`badgeNames.${b.id as Badge}`) : b.label}
            <span className="sr-only">{b.earned ? t("earned") : t("notYet")}</span>
          </li>
        ))}
      </ul>
      <section aria-labelledby="works-heading" className="grid gap-2">
        <h3 id="works-heading" className="font-semibold">{t("whatWorks")}</h3>
        {data.programs.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("afterThree")}</p>
        ) : (
          <ol className="grid gap-1 text-sm">
            {data.programs.map((p) => (
              <li key={p.programId}>
                {t.rich("programChange", {
                  title: text.title(p.programId, p.title),
                  change: signed(p.averageChange),
                  count: p.sessions,
                  strong: (chunks) => <span className="font-medium">{chunks}</span>,
                })}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
