import { PhoneCall } from "lucide-react";
import Link from "next/link";
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

function Overview({ data }: { data: PracticeOverview }) {
  return (
    <>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Calls" value={String(data.totalCalls)} />
        <Stat label="Average score" value={data.averageScore === null ? "–" : String(Math.round(data.averageScore))} />
        <Stat label="Best score" value={data.bestScore === null ? "–" : String(data.bestScore)} />
        <Stat label="Current streak" value={`${data.currentStreak} ${data.currentStreak === 1 ? "day" : "days"}`} hint={`Longest: ${data.longestStreak}`} />
      </dl>
      {data.trend.length > 0 ? (
        <ScoreTrendChart trend={data.trend} />
      ) : (
        <p className="rounded-md border border-dashed border-border p-6 text-center text-sm text-muted-foreground">
          No calls yet. Your score trend appears here after your first practice call.
        </p>
      )}
    </>
  );
}

function PracticeCardFrame({ children }: { children: ReactNode }) {
  return (
    <Card role="region" aria-labelledby="practice-card-heading">
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1.5">
          <CardTitle id="practice-card-heading">Practice</CardTitle>
          <CardDescription>Your sales practice calls and how your scores move.</CardDescription>
        </div>
        <Button asChild size="sm">
          <Link href="/practice">
            <PhoneCall aria-hidden />
            Practise a call
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
  let data: PracticeOverview | null = null;
  try {
    data = await getPracticeOverview({ db: await getDb(), userId });
  } catch (err) {
    log.error({ err, userId }, "could not load the practice overview");
  }
  return (
    <PracticeCardFrame>
      {data ? <Overview data={data} /> : <Alert variant="error">Could not load your practice stats. Reload the page to try again.</Alert>}
    </PracticeCardFrame>
  );
}

/** The card's frame with the figures still loading, so the page below it does not move when they arrive. */
export function PracticeCardSkeleton() {
  return (
    <PracticeCardFrame>
      <div role="status" aria-label="Loading your practice stats">
        <Skeleton className="h-56" />
      </div>
    </PracticeCardFrame>
  );
}
