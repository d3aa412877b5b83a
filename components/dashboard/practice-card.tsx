"use client";

import { PhoneCall } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Stat } from "@/components/ui/stat";
import { usePracticeStats } from "@/hooks/use-practice-history";
import { ScoreTrendChart } from "./score-trend-chart";

/** Practice at a glance: calls, scores, streak and the score trend. */
export function PracticeCard() {
  const t = useTranslations("Dashboard");
  const stats = usePracticeStats();
  const data = stats.data;
  return (
    <Card role="region" aria-labelledby="practice-card-heading">
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1.5">
          <CardTitle id="practice-card-heading">{t("practiceTitle")}</CardTitle>
          <CardDescription>{t("practiceDescription")}</CardDescription>
        </div>
        <Button asChild size="sm">
          <Link href="/practice">
            <PhoneCall aria-hidden />
            {t("practiseCall")}
          </Link>
        </Button>
      </CardHeader>
      <CardContent className="grid gap-5">
        {stats.error ? <Alert variant="error">{t("statsError", { message: stats.error.message })}</Alert> : null}
        {!data && !stats.error ? <Skeleton className="h-56" /> : null}
        {data ? (
          <>
            <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              <Stat label={t("calls")} value={String(data.totalCalls)} />
              <Stat label={t("averageScore")} value={data.averageScore === null ? "–" : String(Math.round(data.averageScore))} />
              <Stat label={t("bestScore")} value={data.bestScore === null ? "–" : String(data.bestScore)} />
              <Stat label={t("currentStreak")} value={t("streakDays", { count: data.currentStreak })} hint={t("longest", { count: data.longestStreak })} />
            </dl>
            {data.trend.length > 0 ? (
              <ScoreTrendChart trend={data.trend} />
            ) : (
              <p className="rounded-md border border-dashed border-border p-6 text-center text-sm text-muted-foreground">
                {t("noCalls")}
              </p>
            )}
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}
