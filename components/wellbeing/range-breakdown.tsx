"use client";

import { useTranslations } from "next-intl";
import { useTrends } from "@/hooks/use-wellbeing";
import type { ActivityComparison, Trends } from "./api-types";
import { BreakdownFrame } from "./trends-frames";
import { useTrendsRange } from "./trends-range";
import { useEmotionName } from "./use-mood-label";

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

/** The chosen range's emotions, tag correlations and the other pillars; it shares the mood card's query. */
export function RangeBreakdown({ initial }: { initial?: Trends }) {
  const t = useTranslations("Wellbeing");
  const emotionName = useEmotionName();
  const { range } = useTrendsRange();
  const { data } = useTrends(range, range === initial?.range ? initial : undefined);
  if (!data) return null;
  return (
    <BreakdownFrame
      range={range}
      emotions={
        <>
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
        </>
      }
      betterDay={
        <>
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
        </>
      }
    />
  );
}
