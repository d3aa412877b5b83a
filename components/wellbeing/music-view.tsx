"use client";

import { Bookmark, BookmarkCheck, ExternalLink } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useMusic, useSaveTrack } from "@/hooks/use-wellbeing";
import type { Track } from "./api-types";
import { MoodPicker } from "./mood-picker";

function TrackList({ tracks, saved }: { tracks: Track[]; saved: Set<string> }) {
  const t = useTranslations("Wellbeing");
  const save = useSaveTrack();
  const about = (s: number) => t("about", { duration: `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}` });
  if (tracks.length === 0) return <p className="text-sm text-muted-foreground">{t("nothingHere")}</p>;
  return (
    <ul className="grid gap-2">
      {tracks.map((track) => {
        const isSaved = saved.has(track.id);
        return (
          <li key={track.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border p-3">
            <div className="grid gap-0.5">
              <span className="font-medium">{track.title}</span>
              <span className="text-sm text-muted-foreground">
                {track.artist} · {about(track.durationSeconds)} · {track.tags.join(", ")} ·{" "}
                <a className="underline" href={track.licenceUrl} target="_blank" rel="noreferrer">
                  {track.licence}
                </a>
              </span>
            </div>
            <div className="flex gap-1">
              <Button asChild variant="outline" size="sm">
                <a href={track.source.url} target="_blank" rel="noreferrer">
                  <ExternalLink aria-hidden />
                  {t("listen")} <span className="sr-only">{t("listenTo", { title: track.title, source: track.source.name })}</span>
                </a>
              </Button>
              <Button variant="ghost" size="sm" aria-pressed={isSaved} disabled={save.isPending} onClick={() => save.mutate({ trackId: track.id, save: !isSaved })}>
                {isSaved ? <BookmarkCheck aria-hidden /> : <Bookmark aria-hidden />}
                {isSaved ? t("savedTrack") : t("saveTrack")}
                <span className="sr-only"> {track.title}</span>
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** Music for the mood you pick: tracks that match it, and tracks that lift it a step. */
export function MusicView() {
  const t = useTranslations("Wellbeing");
  const [mood, setMood] = useState<number | null>(null);
  const music = useMusic(mood);
  const data = music.data;
  const saved = new Set(data?.saved ?? []);
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>{t("howFeeling")}</CardTitle>
          <CardDescription>{t("freeTracks")}</CardDescription>
        </CardHeader>
        <CardContent>
          <MoodPicker label={t("moodForMusic")} value={mood} onPick={setMood} />
        </CardContent>
      </Card>
      {music.error ? <Alert variant="error">{t("musicError", { message: music.error.message })}</Alert> : null}
      {!data && !music.error ? <Skeleton className="h-40" /> : null}
      {data?.suggestions ? (
        <div className="grid gap-6 md:grid-cols-2">
          <section aria-labelledby="match-heading" className="grid content-start gap-2">
            <h2 id="match-heading" className="font-semibold">{t("matchesFeel")}</h2>
            <TrackList tracks={data.suggestions.match} saved={saved} />
          </section>
          <section aria-labelledby="lift-heading" className="grid content-start gap-2">
            <h2 id="lift-heading" className="font-semibold">{t("gentlyLifts")}</h2>
            <TrackList tracks={data.suggestions.lift} saved={saved} />
          </section>
        </div>
      ) : null}
      {data ? (
        <section aria-labelledby="saved-heading" className="grid gap-2">
          <h2 id="saved-heading" className="font-semibold">{t("savedTracks")}</h2>
          <TrackList tracks={data.tracks.filter((t) => saved.has(t.id))} saved={saved} />
        </section>
      ) : null}
    </div>
  );
}
