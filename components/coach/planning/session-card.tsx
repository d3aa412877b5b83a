"use client";

import { CalendarPlus, Download, MessageSquare, Star, X } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useUpdateSession } from "@/hooks/use-coach-sessions";
import type { Session } from "./api-types";
import { CompleteSessionDialog } from "./complete-session-dialog";
import { formatSessionTime } from "./labels";

function Heading({ session, timezone, now }: { session: Session; timezone: string; now?: number }) {
  const t = useTranslations("CoachPlanning");
  const format = useFormatter();
  return (
    <div className="grid gap-1">
      <h3 className="font-medium break-words">{session.goal}</h3>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
        <time dateTime={session.scheduledFor}>{formatSessionTime(format, session.scheduledFor, timezone)}</time>
        <span>{t("sessions.minutes", { count: session.durationMinutes })}</span>
        <Badge variant="outline">{t(`frameworks.${session.framework}`)}</Badge>
        {session.status === "in_progress" ? <Badge>{t("sessions.inProgress")}</Badge> : null}
        {now !== undefined && session.status === "scheduled" && Date.parse(session.scheduledFor) < now ? <Badge>{t("sessions.overdue")}</Badge> : null}
      </p>
    </div>
  );
}

export function UpcomingSessionCard({ session, timezone, now }: { session: Session; timezone: string; now: number }) {
  const t = useTranslations("CoachPlanning.sessions");
  const update = useUpdateSession();
  const [confirming, setConfirming] = useState(false);
  return (
    <article className="grid gap-4 rounded-lg border border-border bg-card p-4">
      <Heading session={session} timezone={timezone} now={now} />
      <div className="flex flex-wrap gap-2">
        <Button asChild size="sm">
          <Link href={`/coach?session=${session.id}`}>
            <MessageSquare aria-hidden />
            {t("start")}
          </Link>
        </Button>
        {session.status === "in_progress" || Date.parse(session.scheduledFor) <= now ? (
          <CompleteSessionDialog session={session} />
        ) : (
          <p className="self-center text-sm text-muted-foreground">{t("completeLater")}</p>
        )}
      </div>
      <div className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <a href={session.links.google} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1.5 font-medium text-primary underline-offset-4 hover:underline">
          <CalendarPlus aria-hidden className="size-4" />
          {t("addGoogle")}<span className="sr-only">{t("newTab")}</span>
        </a>
        <a href={session.links.outlook} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1.5 font-medium text-primary underline-offset-4 hover:underline">
          <CalendarPlus aria-hidden className="size-4" />
          {t("addOutlook")}<span className="sr-only">{t("newTab")}</span>
        </a>
        <a href={session.links.ics} download className="inline-flex items-center gap-1.5 font-medium text-primary underline-offset-4 hover:underline">
          <Download aria-hidden className="size-4" />
          {t("downloadIcs")}
        </a>
      </div>
      {session.status === "scheduled" ? (
        <div className="flex flex-wrap items-center gap-2">
          {confirming ? (
            <>
              <Button variant="destructive" size="sm" disabled={update.isPending} onClick={() => update.mutate({ id: session.id, changes: { status: "cancelled" } })}>
                {t("cancelThis")}
              </Button>
              <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
                {t("keepIt")}
              </Button>
            </>
          ) : (
            <Button variant="ghost" size="sm" className="text-muted-foreground" onClick={() => setConfirming(true)}>
              <X aria-hidden />
              {t("cancel")}
            </Button>
          )}
          {update.error ? (
            <p role="alert" className="text-sm text-destructive">
              {update.error.message}
            </p>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

export function PastSessionCard({ session, timezone }: { session: Session; timezone: string }) {
  const t = useTranslations("CoachPlanning.sessions");
  return (
    <article className="grid gap-3 rounded-lg border border-border bg-card p-4">
      <Heading session={session} timezone={timezone} />
      {session.status === "cancelled" ? (
        <p className="text-sm text-muted-foreground">{t("cancelled")}</p>
      ) : (
        <>
          {session.rating ? (
            <p className="flex items-center gap-0.5" aria-label={t("rated", { rating: session.rating })}>
              {[1, 2, 3, 4, 5].map((n) => (
                <Star key={n} aria-hidden className={n <= session.rating! ? "size-4 fill-primary text-primary" : "size-4 text-muted-foreground"} />
              ))}
            </p>
          ) : null}
          <p className="text-sm break-words">{session.outcomeSummary}</p>
        </>
      )}
    </article>
  );
}
