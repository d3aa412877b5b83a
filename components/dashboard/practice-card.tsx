import { PhoneCall } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Stat } from "@/components/ui/stat";
import { getDb } from "@/lib/db/client";
import { log } from "@/lib/log";
import { getPracticeOverview, type PracticeOverview } from "@/lib/practice/calls/call-queries";
import { ScoreTrendChart } from "./score-trend-chart";

async function Overview({ data }: { data: PracticeOverview }) {
  const t = await getTranslations("Dashboard");
  return (
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
        <p className="rounded-md border border-dashed border-border p-6 text-center text-sm text-muted-foreground">{t("noCalls")}</p>
      )}
    </>
  );
}

async function PracticeCardFrame({ children }: { children: ReactNode }) {
  const t = await getTranslations("Dashboard");
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
      <CardContent className="grid gap-5">{children}</CardContent>
    </Card>
  );
}

/** Practice at a glance: calls, scores, streak and the score trend, rendered on the server from the
 * user's own rows. */
export async function PracticeCard({ userId }: { userId: string }) {
  const t = await getTranslations("Dashboard");
  let data: PracticeOverview | null = null;
  try {
    data = await getPracticeOverview({ db: await getDb(), userId });
  } catch (err) {
    log.error({ err, userId }, "could not load the practice overview");
  }
  return <PracticeCardFrame>{data ? <Overview data={data} /> : <Alert variant="error">{t("statsLoadFailed")}</Alert>}</PracticeCardFrame>;
}

/** The card's frame with the figures still loading, so the page below it does not move when they arrive. */
export async function PracticeCardSkeleton() {
  const t = await getTranslations("Dashboard");
  return (
    <PracticeCardFrame>
      <div role="status" aria-label={t("statsLoading")}>
        <Skeleton className="h-56" />
      </div>
    </PracticeCardFrame>
  );
}
