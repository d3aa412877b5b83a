"use client";

import { Plus, Search } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { useMe } from "@/hooks/use-me";
import { useEntries, useLiveWellbeing } from "@/hooks/use-wellbeing";
import { moodColour } from "@/lib/wellbeing/vocabulary";
import { JournalDownload } from "./journal-download";
import { useMoodLabel } from "./use-mood-label";

/** The journal: full-text search, a tag filter, and the entries newest first, live across tabs. */
export function JournalList() {
  const t = useTranslations("Wellbeing");
  const moodLabel = useMoodLabel();
  const me = useMe();
  useLiveWellbeing(me.data?.id);
  const [query, setQuery] = useState("");
  const [submitted, setSubmitted] = useState("");
  const [tag, setTag] = useState<string | undefined>();
  const entries = useEntries({ q: submitted || undefined, tag });
  const tags = [...new Set((entries.data ?? []).flatMap((e) => e.tags))].sort();

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <form
          role="search"
          className="flex flex-1 items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            setSubmitted(query.trim());
          }}
        >
          <div className="grid flex-1 gap-2">
            <Label htmlFor="journal-search">{t("searchJournal")}</Label>
            <Input id="journal-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t("searchPlaceholder")} />
          </div>
          <Button type="submit" variant="outline" aria-label={t("search")}>
            <Search aria-hidden />
          </Button>
        </form>
        <Button asChild>
          <Link href="/wellbeing/journal/new">
            <Plus aria-hidden />
            {t("newEntry")}
          </Link>
        </Button>
      </div>
      {tags.length || tag ? (
        <div className="flex flex-wrap items-center gap-1.5" aria-label={t("filterByTag")} role="group">
          {(tag ? [tag] : tags).map((name) => (
            <button key={name} type="button" aria-pressed={tag === name} onClick={() => setTag(tag === name ? undefined : name)} className="rounded-full border border-input px-3 py-1 text-sm outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring aria-pressed:border-primary aria-pressed:bg-primary aria-pressed:text-primary-foreground">
              #{name}
            </button>
          ))}
          {tag ? <Button variant="ghost" size="sm" onClick={() => setTag(undefined)}>{t("showAllTags")}</Button> : null}
        </div>
      ) : null}
      {entries.error ? <Alert variant="error">{t("journalError", { message: entries.error.message })}</Alert> : null}
      {entries.isPending ? <Skeleton className="h-40" /> : null}
      {entries.data && entries.data.length === 0 ? (
        <p className="rounded-md border border-dashed border-border p-6 text-center text-sm text-muted-foreground">
          {submitted || tag ? t("noMatch") : t("noEntries")}
        </p>
      ) : null}
      <ul className="grid gap-3">
        {entries.data?.map((e) => (
          <li key={e.id}>
            <Link href={`/wellbeing/journal/${e.id}`} className="grid gap-1 rounded-lg border border-border p-4 outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring">
              <span className="flex flex-wrap items-center gap-2">
                {e.mood ? <span aria-label={t("moodAria", { mood: moodLabel(e.mood) })} className="size-3 rounded-full" style={{ backgroundColor: moodColour(e.mood) }} /> : null}
                <span className="font-medium">{e.title || e.excerpt.slice(0, 60) || t("untitled")}</span>
                <span className="text-sm text-muted-foreground">{e.day}</span>
              </span>
              <span className="line-clamp-2 text-sm text-muted-foreground">{e.summary ?? e.excerpt}</span>
              {e.tags.length ? (
                <span className="flex flex-wrap gap-1">
                  {e.tags.map((name) => (
                    <Badge key={name} variant="outline">#{name}</Badge>
                  ))}
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
      <JournalDownload />
    </div>
  );
}
