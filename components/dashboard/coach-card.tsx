import { Compass } from "lucide-react";
import Link from "next/link";
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

function sessionTime(iso: string, timezone: string): string {
  return new Date(iso).toLocaleString("en-GB", { timeZone: timezone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid content-start gap-1 rounded-md bg-muted/60 p-3">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-sm break-words">{children}</dd>
    </div>
  );
}

function Overview({ overview, timezone }: { overview: CoachOverview; timezone: string }) {
  const { nextSession, pendingActionItems, latestSummary } = overview;
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      <Item label="Next session">
        {nextSession ? (
          <>
            <span className="font-medium">{sessionTime(nextSession.scheduledFor, timezone)}</span> · {nextSession.goal}
          </>
        ) : (
          <>
            None scheduled. <Link href="/coach/sessions" className={linkClass}>Schedule one</Link>
          </>
        )}
      </Item>
      <Item label="Pending action items">
        <Link href="/coach/goals" className="text-2xl font-semibold tabular-nums outline-none hover:underline focus-visible:underline">
          {pendingActionItems}
          <span className="sr-only"> pending action items</span>
        </Link>
      </Item>
      <Item label={latestSummary ? `Latest summary · ${formatDay(latestSummary.day)}` : "Latest summary"}>
        {latestSummary ? (
          <>
            {latestSummary.excerpt}{" "}
            {latestSummary.offline ? <Badge variant="outline">Offline</Badge> : null}{" "}
            <Link href="/coach/summaries" className={linkClass}>All summaries</Link>
          </>
        ) : (
          "Your first daily summary appears the morning after your first check-in."
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
  return (
    <Card role="region" aria-labelledby="coach-card-heading">
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1.5">
          <CardTitle id="coach-card-heading">Coach</CardTitle>
          <CardDescription>Your sessions, next steps and what you talked about lately.</CardDescription>
        </div>
        <Button asChild size="sm">
          <Link href={onboarded ? "/coach" : "/coach/onboarding"}>
            <Compass aria-hidden />
            {onboarded ? "Check in" : "Set up your coach"}
          </Link>
        </Button>
      </CardHeader>
      <CardContent>
        {overview ? <Overview overview={overview} timezone={user.timezone} /> : <Alert variant="error">Could not load your coach overview. Reload the page to try again.</Alert>}
      </CardContent>
    </Card>
  );
}

export function CoachCardSkeleton() {
  return (
    <div role="status" aria-label="Loading your coach overview">
      <Skeleton className="h-48" />
    </div>
  );
}
