"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import { useMe } from "@/hooks/use-me";
import { useLiveWellbeing, useTrends } from "@/hooks/use-wellbeing";
import type { ActivityComparison, Trends } from "./api-types";
import { DayDetail } from "./day-detail";
import { MoodChart } from "./mood-chart";
import { useEmotionName } from "./use-mood-label";
import { YearPixels } from "./year-pixels";

const RANGES: Trends["range"][] = ["week", "month", "year"];
const signed = (n: number) => `${n > 0 ? "+" : n < 0 ? "−" : "±"}${Math.abs(n).toFixed(1)}`;

function Comparison({ name, data }: { name: string; data: ActivityComparison }) {
  const t = useTranslations("Wellbeing");
  if (data.withActivity === null || data.without === null) return <li>{t("notEnoughDays", { name, with: data.daysWith, without: data.daysWithout })}</li>;
  return (
    <li>
      {t("daysWith", {
        name,
        average: data.withActivity,
        days: data.daysWith,
        without: data.without,
        daysWithout: data.daysWithout,
        delta: signed(data.withActivity - data.without),
      })}
    </li>
  );
}

/** The trends page: the mood line, the year in colour, emotions, tags and the other pillars. */
export function TrendsView() {
  const t = useTranslations("Wellbeing");
  const emotionName = useEmotionName();
  const me = useMe();
  useLiveWellbeing(me.data?.id);
  const [range, setRange] = useState<Trends["range"]>("month");
  const [selected, setSelected] = useState<string | null>(null);
  const trends = useTrends(range);
  const year = useTrends("year");
  const moods = useMemo(() => new Map((year.data?.days ?? []).map((d) => [d.day, d.mood])), [year.data]);
  const data = trends.data;

  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader className="flex-row flex-wrap items-center justify-between gap-3">
          <CardTitle>{t("moodTitle")}</CardTitle>
          <div role="group" aria-label={t("range")} className="flex gap-1">
            {RANGES.map((r) => (
              <button key={r} type="button" aria-pressed={range === r} onClick={() => setRange(r)} className={cn("rounded-md border px-3 py-1.5 text-sm capitalize outline-none focus-visible:ring-2 focus-visible:ring-ring", range === r ? "border-primary bg-primary text-primary-foreground" : "border-input hover:bg-accent")}>
                {t(`rangeName.${r}`)}
              </button>
            ))}
          </div>
        </CardHeader>
        <CardContent>
          {trends.error ? <Alert variant="error">{t("trendsError", { message: trends.error.message })}</Alert> : null}
          {!data && !trends.error ? <Skeleton className="h-56" /> : null}
          {data ? <MoodChart trends={data} /> : null}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t("yearInColour")}</CardTitle>
          <CardDescription>{t("yearDescription")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {year.error ? <Alert variant="error">{t("yearError", { message: year.error.message })}</Alert> : null}
          {year.data ? <YearPixels year={Number(year.data.to.slice(0, 4))} moods={moods} today={year.data.to} selected={selected} onSelect={setSelected} /> : !year.error ? <Skeleton className="h-48" /> : null}
          {selected ? <DayDetail day={selected} /> : null}
        </CardContent>
      </Card>

      {data ? (
        <div className="grid gap-6 md:grid-cols-2">
          <Card>
            <CardHeader>
              <CardTitle>{t("emotionsTitle")}</CardTitle>
              <CardDescription>{t("howOften", { range })}</CardDescription>
            </CardHeader>
            <CardContent>
              {data.emotions.length === 0 ? <p className="text-sm text-muted-foreground">{t("noEmotions")}</p> : null}
              <ul className="grid gap-2 text-sm">
                {data.emotions.map((e) => (
                  <li key={e.emotion} className="grid grid-cols-[6rem_1fr_3rem] items-center gap-2">
                    <span>{emotionName(e.emotion)}</span>
                    <span aria-hidden className="h-2 rounded bg-primary" style={{ width: `${Math.max(4, e.share * 100)}%` }} />
                    <span className="text-right text-muted-foreground">{Math.round(e.share * 100)}%</span>
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("betterDay")}</CardTitle>
              <CardDescription>{t("betterDayDescription")}</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-4 text-sm">
              {data.tags.length === 0 ? <p className="text-muted-foreground">{t("tagSome")}</p> : null}
              <ul className="grid gap-1">
                {data.tags.map((tag) => (
                  <li key={tag.tag}>
                    {t.rich("daysTagged", {
                      tag: tag.tag,
                      delta: signed(tag.difference),
                      days: tag.days,
                      strong: (chunks) => <span className="font-medium">{chunks}</span>,
                    })}
                  </li>
                ))}
              </ul>
              <ul className="grid gap-1 text-muted-foreground">
                <Comparison name={t("practiceCalls")} data={data.pillars.practice} />
                <Comparison name={t("coachConversations")} data={data.pillars.coach} />
              </ul>
            </CardContent>
          </Card>
        </div>
      ) : null}
    </div>
  );
}
