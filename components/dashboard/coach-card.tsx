import { Compass } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatDay } from "@/components/coach/format-day";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { PublicUser } from "@/lib/account/profile";
import { type CoachOverview, getCoachOverview } from "@/lib/coach/planning/coach-overview";
import { getDb } from "@/lib/db/client";
import { log } from "@/lib/log";

const linkClass = "font-medium text-primary underline-offset-4 hover:underline";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid content-start gap-1 rounded-md bg-muted/60 p-3">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-sm break-words">{children}</dd>
    </div>
  );
}

async function Overview({ overview, timezone }: { overview: CoachOverview; timezone: string }) {
  const { nextSession, pendingActionItems, latestSummary } = overview;
  const [t, format, locale] = await Promise.all([getTranslations("Dashboard"), getFormatter(), getLocale()]);
  const sessionTime = (iso: string) =>
    format.dateTime(new Date(iso), { timeZone: timezone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      <Item label={t("nextSession")}>
        {nextSession ? (
          <>
            <span className="font-medium">{sessionTime(nextSession.scheduledFor)}</span> · {nextSession.goal}
          </>
        ) : (
          <>
            {t("noneScheduled")} <Link href="/coach/sessions" className={linkClass}>{t("scheduleOne")}</Link>
          </>
        )}
      </Item>
      <Item label={t("pendingItems")}>
        <Link href="/coach/goals" className="text-2xl font-semibold tabular-nums outline-none hover:underline focus-visible:underline">
          {pendingActionItems}
          <span className="sr-only">{t("pendingItemsSr")}</span>
        </Link>
      </Item>
      <Item label={latestSummary ? t("latestSummaryOn", { day: formatDay(latestSummary.day, undefined, locale) }) : t("latestSummary")}>
        {latestSummary ? (
          <>
            {latestSummary.excerpt}{" "}
            {latestSummary.offline ? <Badge variant="outline">{t("offline")}</Badge> : null}{" "}
            <Link href="/coach/summaries" className={linkClass}>{t("allSummaries")}</Link>
          </>
        ) : (
          t("firstSummary")
        )}
      </Item>
    </dl>
  );
}

/** Coach at a glance on the dashboard; rendered on the server from the user's own rows. */
export async function CoachCard({ user }: { user: PublicUser }) {
  let overview: CoachOverview | null = null;
  try {
    overview = await getCoachOverview({ db: await getDb(), userId: user.id });
  } catch (err) {
    log.error({ err, userId: user.id }, "could not load the coach overview");
  }
  const onboarded = user.onboardingState === "completed";
  const t = await getTranslations("Dashboard");
  return (
    <Card role="region" aria-labelledby="coach-card-heading">
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1.5">
          <CardTitle id="coach-card-heading">{t("coachTitle")}</CardTitle>
          <CardDescription>{t("coachDescription")}</CardDescription>
        </div>
        <Button asChild size="sm">
          <Link href={onboarded ? "/coach" : "/coach/onboarding"}>
            <Compass aria-hidden />
            {onboarded ? t("checkIn") : t("setUpCoach")}
          </Link>
        </Button>
      </CardHeader>
      <CardContent>
        {overview ? <Overview overview={overview} timezone={user.timezone} /> : <Alert variant="error">{t("coachError")}</Alert>}
      </CardContent>
    </Card>
  );
}

export function CoachCardSkeleton() {
  const t = useTranslations("Dashboard");
  return (
    <div role="status" aria-label={t("coachLoading")}>
      <Skeleton className="h-48" />
    </div>
  );
}
