"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { useTrends } from "@/hooks/use-wellbeing";
import type { Trends } from "./api-types";
import { DayDetail } from "./day-detail";
import { YEAR_PIXELS_HEIGHT, YearCardFrame } from "./trends-frames";
import { YearPixels } from "./year-pixels";

/** The year in colour, drawn from the server's year on first paint; tap a day for its detail. */
export function YearCard({ initial }: { initial?: Trends }) {
  const t = useTranslations("Wellbeing");
  const [selected, setSelected] = useState<string | null>(null);
  const year = useTrends("year", initial);
  const moods = useMemo(() => new Map((year.data?.days ?? []).map((d) => [d.day, d.mood])), [year.data]);
  return (
    <YearCardFrame>
      {year.error ? <Alert variant="error">{t("yearError", { message: year.error.message })}</Alert> : null}
      {year.data ? <YearPixels year={Number(year.data.to.slice(0, 4))} moods={moods} today={year.data.to} selected={selected} onSelect={setSelected} /> : !year.error ? <Skeleton className={YEAR_PIXELS_HEIGHT} /> : null}
      {selected ? <DayDetail day={selected} /> : null}
    </YearCardFrame>
  );
}
