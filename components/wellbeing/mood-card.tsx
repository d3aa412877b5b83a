"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { useTrends } from "@/hooks/use-wellbeing";
import type { Trends } from "./api-types";
import { MoodChart } from "./mood-chart";
import { MoodCardFrame } from "./trends-frames";
import { useTrendsRange } from "./trends-range";

/** The mood line over the chosen range; the server's range arrives with the page, the others on a switch. */
export function MoodCard({ initial }: { initial?: Trends }) {
  const t = useTranslations("Wellbeing");
  const { range, setRange } = useTrendsRange();
  const trends = useTrends(range, range === initial?.range ? initial : undefined);
  return (
    <MoodCardFrame range={range} onRange={setRange}>
      {trends.error ? <Alert variant="error">{t("trendsError", { message: trends.error.message })}</Alert> : null}
      {trends.data ? <MoodChart trends={trends.data} /> : !trends.error ? <Skeleton className="h-56" /> : null}
    </MoodCardFrame>
  );
}
