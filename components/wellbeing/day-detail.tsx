"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { useCheckins, useEntries } from "@/hooks/use-wellbeing";
import { useEmotionName, useMoodLabel } from "./use-mood-label";

/** A day's check-ins and entries, under the calendar. */
export function DayDetail({ day }: { day: string }) {
  const t = useTranslations("Wellbeing");
  const format = useFormatter();
  const moodLabel = useMoodLabel();
  const emotionName = useEmotionName();
  const checkins = useCheckins(day, day);
  const entries = useEntries({ day });
  const error = checkins.error ?? entries.error;
  return (
    <section aria-labelledby="day-detail-heading" className="grid gap-3 rounded-lg border border-border p-4" data-testid="day-detail">
      <h3 id="day-detail-heading" className="font-semibold">{format.dateTime(new Date(`${day}T12:00:00Z`), { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })}</h3>
      {error ? <Alert variant="error">{t("dayError", { message: error.message })}</Alert> : null}
      {checkins.isPending || entries.isPending ? <Skeleton className="h-16" /> : null}
      {checkins.data?.length === 0 && entries.data?.length === 0 ? <p className="text-sm text-muted-foreground">{t("nothingThisDay")}</p> : null}
      {checkins.data?.length ? (
        <ul className="grid gap-1 text-sm" aria-label={t("checkins")}>
          {checkins.data.map((c) => (
            <li key={c.id}>
              {format.dateTime(new Date(c.createdAt), { hour: "2-digit", minute: "2-digit" })} — {moodLabel(c.mood)}
              {c.emotions.length ? `, ${format.list(c.emotions.map(emotionName))}` : ""}
              {c.tags.length ? ` (${c.tags.map((tag) => `#${tag}`).join(" ")})` : ""}
              {c.note ? `: “${c.note}”` : ""}
            </li>
          ))}
        </ul>
      ) : null}
      {entries.data?.length ? (
        <ul className="grid gap-1 text-sm" aria-label={t("entries")}>
          {entries.data.map((e) => (
            <li key={e.id}>
              <Link className="underline underline-offset-2" href={`/wellbeing/journal/${e.id}`}>{e.title || e.excerpt.slice(0, 60) || t("untitledEntry")}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
