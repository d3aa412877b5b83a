"use client";

import { Bookmark, BookmarkCheck, ExternalLink } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useMusic, useSaveTrack } from "@/hooks/use-wellbeing";
import type { Track } from "./api-types";
import { MoodPicker } from "./mood-picker";

const about = (s: number) => `about ${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;

function TrackList({ tracks, saved }: { tracks: Track[]; saved: Set<string> }) {
  const save = useSaveTrack();
  if (tracks.length === 0) return <p className="text-sm text-muted-foreground">Nothing here yet.</p>;
  return (
    <ul className="grid gap-2">
      {tracks.map((t) => {
        const isSaved = saved.has(t.id);
        return (
          <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border p-3">
            <div className="grid gap-0.5">
              <span className="font-medium">{t.title}</span>
              <span className="text-sm text-muted-foreground">
                {t.artist} · {about(t.durationSeconds)} · {t.tags.join(", ")} · <a className="underline" href={t.licenceUrl} target="_blank" rel="noreferrer">{t.licence}</a>
              </span>
            </div>
            <div className="flex gap-1">
              <Button asChild variant="outline" size="sm">
                <a href={t.source.url} target="_blank" rel="noreferrer">
                  <ExternalLink aria-hidden />
                  Listen <span className="sr-only">to {t.title} on {t.source.name}</span>
                </a>
              </Button>
              <Button variant="ghost" size="sm" aria-pressed={isSaved} disabled={save.isPending} onClick={() => save.mutate({ trackId: t.id, save: !isSaved })}>
                {isSaved ? <BookmarkCheck aria-hidden /> : <Bookmark aria-hidden />}
                {isSaved ? "Saved" : "Save"}
                <span className="sr-only"> {t.title}</span>
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
  const [mood, setMood] = useState<number | null>(null);
  const music = useMusic(mood);
  const data = music.data;
  const saved = new Set(data?.saved ?? []);
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>How are you feeling?</CardTitle>
          <CardDescription>Every track is free to listen to at its source; its licence is linked beside it.</CardDescription>
        </CardHeader>
        <CardContent>
          <MoodPicker label="Mood for music" value={mood} onPick={setMood} />
        </CardContent>
      </Card>
      {music.error ? <Alert variant="error">Could not load the music: {music.error.message}</Alert> : null}
      {!data && !music.error ? <Skeleton className="h-40" /> : null}
      {data?.suggestions ? (
        <div className="grid gap-6 md:grid-cols-2">
          <section aria-labelledby="match-heading" className="grid content-start gap-2">
            <h2 id="match-heading" className="font-semibold">Matches how you feel</h2>
            <TrackList tracks={data.suggestions.match} saved={saved} />
          </section>
          <section aria-labelledby="lift-heading" className="grid content-start gap-2">
            <h2 id="lift-heading" className="font-semibold">Gently lifts it</h2>
            <TrackList tracks={data.suggestions.lift} saved={saved} />
          </section>
        </div>
      ) : null}
      {data ? (
        <section aria-labelledby="saved-heading" className="grid gap-2">
          <h2 id="saved-heading" className="font-semibold">Saved tracks</h2>
          <TrackList tracks={data.tracks.filter((t) => saved.has(t.id))} saved={saved} />
        </section>
      ) : null}
    </div>
  );
}
