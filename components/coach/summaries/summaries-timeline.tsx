"use client";

import { MessageCircle } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import { useCoachSummaries } from "@/hooks/use-coach-summaries";
import { SentimentChart } from "./sentiment-chart";
import { buildTimeline } from "./timeline";
import { WeekSection } from "./week-section";

function Loading() {
  const t = useTranslations("Coach");
  return (
    <div role="status" aria-label={t("loadingSummaries")} className="grid gap-4">
      <Skeleton className="h-52" />
      {Array.from({ length: 3 }, (_, i) => (
        <Skeleton key={i} className="h-36" />
      ))}
    </div>
  );
}

function Empty() {
  const t = useTranslations("Coach");
  return (
    <div className="grid justify-items-start gap-3 rounded-lg border border-dashed border-border p-6">
      <p className="font-medium">{t("noSummaries")}</p>
      <p className="text-sm text-muted-foreground">
        {t("noSummariesBody")}
      </p>
      <Button asChild size="sm">
        <Link href="/coach">
          <MessageCircle aria-hidden />
          {t("checkInNow")}
        </Link>
      </Button>
    </div>
  );
}

/** Daily and weekly summaries as one timeline, newest week first, with the mood trend above. */
export function SummariesTimeline() {
  const t = useTranslations("Coach");
  const { daily, weekly } = useCoachSummaries();
  const error = daily.error ?? weekly.error;
  if (error) {
    return (
      <div className="grid justify-items-start gap-3">
        <Alert variant="error">{t("summariesError", { message: error.message })}</Alert>
        <Button variant="outline" size="sm" onClick={() => void Promise.all([daily.refetch(), weekly.refetch()])}>
          {t("tryAgain")}
        </Button>
      </div>
    );
  }
  if (!daily.data || !weekly.data) return <Loading />;

  const dailies = daily.data.pages.flatMap((p) => p.items);
  const weeklies = weekly.data.pages.flatMap((p) => p.items);
  if (dailies.length === 0 && weeklies.length === 0) return <Empty />;
  const weeks = buildTimeline({
    dailies: { items: dailies, complete: !daily.hasNextPage },
    weeklies: { items: weeklies, complete: !weekly.hasNextPage },
  });
  const hasMore = daily.hasNextPage || weekly.hasNextPage;
  const loadingMore = daily.isFetchingNextPage || weekly.isFetchingNextPage;

  return (
    <div className="grid gap-8">
      {dailies.length > 0 ? (
        <Card role="region" aria-labelledby="mood-heading">
          <CardHeader>
            <CardTitle id="mood-heading">{t("moodOverTime")}</CardTitle>
            <CardDescription>{t("moodOverTimeDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <SentimentChart dailies={dailies} />
          </CardContent>
        </Card>
      ) : null}
      <section aria-labelledby="timeline-heading" className="grid gap-8">
        <h2 id="timeline-heading" className="sr-only">
          {t("timeline")}
        </h2>
        {weeks.map((week) => (
          <WeekSection key={week.weekStart} week={week} />
        ))}
      </section>
      {hasMore ? (
        <Button
          variant="outline"
          className="justify-self-center"
          disabled={loadingMore}
          onClick={() => {
            if (daily.hasNextPage) void daily.fetchNextPage();
            if (weekly.hasNextPage) void weekly.fetchNextPage();
          }}
        >
          {loadingMore ? <Spinner /> : null}
          {t("showOlder")}
        </Button>
      ) : null}
    </div>
  );
}
