"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useSessions } from "@/hooks/use-coach-sessions";
import type { SessionList } from "./api-types";
import { PastSessionCard, UpcomingSessionCard } from "./session-card";
import { SessionScheduleForm } from "./session-schedule-form";

/** `initialSessions` is what the server read, so the list shows before hydration. */
export function SessionsBoard({ timezone, initialSessions }: { timezone: string; initialSessions: SessionList }) {
  const t = useTranslations("CoachPlanning.sessions");
  const sessions = useSessions(initialSessions);
  // Read once per visit: a session whose time passes while the page is open is not worth a re-render.
  const [now] = useState(() => Date.now());

  return (
    <div className="grid gap-8">
      <Card>
        <CardHeader>
          <CardTitle>{t("scheduleTitle")}</CardTitle>
          <CardDescription>{t("scheduleDescription")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <SessionScheduleForm timezone={timezone} />
        </CardContent>
      </Card>
      {sessions.error ? (
        <Alert variant="error">
          {sessions.error.message}{" "}
          <Button variant="link" size="sm" className="h-auto px-0" onClick={() => sessions.refetch()}>
            {t("tryAgain")}
          </Button>
        </Alert>
      ) : null}
      <section aria-labelledby="sessions-upcoming" className="grid gap-3">
        <h2 id="sessions-upcoming" className="text-xl font-semibold">
          {t("upcoming")}
        </h2>
        {sessions.isPending ? (
          <div role="status" aria-label={t("loading")} className="grid gap-3">
            <Skeleton className="h-40" />
          </div>
        ) : null}
        {sessions.data?.upcoming.length === 0 ? (
          <p className="rounded-lg border border-dashed border-border p-6 text-muted-foreground">{t("noneScheduled")}</p>
        ) : null}
        <ul className="grid gap-3">
          {sessions.data?.upcoming.map((session) => (
            <li key={session.id}>
              <UpcomingSessionCard session={session} timezone={timezone} now={now} />
            </li>
          ))}
        </ul>
      </section>
      {sessions.data && sessions.data.past.length > 0 ? (
        <section aria-labelledby="sessions-past" className="grid gap-3">
          <h2 id="sessions-past" className="text-xl font-semibold">
            {t("past")}
          </h2>
          <ul className="grid gap-3">
            {sessions.data.past.map((session) => (
              <li key={session.id}>
                <PastSessionCard session={session} timezone={timezone} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
