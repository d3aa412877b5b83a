"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { useCheckins, useEntries } from "@/hooks/use-wellbeing";
import { moodLabel } from "@/lib/wellbeing/vocabulary";

/** A day's check-ins and entries, under the calendar. */
export function DayDetail({ day }: { day: string }) {
  const checkins = useCheckins(day, day);
  const entries = useEntries({ day });
  const error = checkins.error ?? entries.error;
  return (
    <section aria-labelledby="day-detail-heading" className="grid gap-3 rounded-lg border border-border p-4" data-testid="day-detail">
      <h3 id="day-detail-heading" className="font-semibold">{new Date(`${day}T12:00:00Z`).toLocaleDateString(undefined, { weekday: "long", day: "numeric", month: "long", year: "numeric" })}</h3>
      {error ? <Alert variant="error">Could not load this day: {error.message}</Alert> : null}
      {checkins.isPending || entries.isPending ? <Skeleton className="h-16" /> : null}
      {checkins.data?.length === 0 && entries.data?.length === 0 ? <p className="text-sm text-muted-foreground">Nothing recorded this day.</p> : null}
      {checkins.data?.length ? (
        <ul className="grid gap-1 text-sm" aria-label="Check-ins">
          {checkins.data.map((c) => (
            <li key={c.id}>
              {new Date(c.createdAt).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" })} — {moodLabel(c.mood)}
              {c.emotions.length ? `, ${c.emotions.join(" and ")}` : ""}
              {c.tags.length ? ` (${c.tags.map((t) => `#${t}`).join(" ")})` : ""}
              {c.note ? `: “${c.note}”` : ""}
            </li>
          ))}
        </ul>
      ) : null}
      {entries.data?.length ? (
        <ul className="grid gap-1 text-sm" aria-label="Entries">
          {entries.data.map((e) => (
            <li key={e.id}>
              <Link className="underline underline-offset-2" href={`/wellbeing/journal/${e.id}`}>{e.title || e.excerpt.slice(0, 60) || "Untitled entry"}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
