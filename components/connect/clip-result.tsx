"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { EngineBadge } from "@/components/engine/engine-badge";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Spinner } from "@/components/ui/spinner";
import { useClip, useRetryClip } from "@/hooks/use-connect";
import type { Clip } from "./api-types";
import { EmotionAdjuster } from "./emotion-adjuster";

function RetryForm({ clip }: { clip: Clip }) {
  const t = useTranslations("Connect");
  const retry = useRetryClip(clip.id);
  const [text, setText] = useState(clip.transcript ?? "");
  return (
    <div className="grid gap-3">
      <Alert variant="error">{clip.errorMessage ?? t("couldNotRead")}</Alert>
      <Label htmlFor="retry-text">{t("typeFeel")}</Label>
      <textarea id="retry-text" className="min-h-20 rounded-md border border-input bg-background px-3 py-2 text-sm" value={text} onChange={(e) => setText(e.target.value)} />
      {retry.error ? <Alert variant="error">{retry.error.message}</Alert> : null}
      <div>
        <Button onClick={() => retry.mutate({ transcript: text.trim() || undefined })} disabled={retry.isPending}>
          {t("retry")}
        </Button>
      </div>
    </div>
  );
}

/** Step 2: the clip being read, then its top three emotions, with "that's not how I feel". */
export function ClipResult({ clipId, children }: { clipId: string; children: (clip: Clip) => React.ReactNode }) {
  const t = useTranslations("Connect");
  const { data: clip, error, refetch } = useClip(clipId);
  const [adjusting, setAdjusting] = useState(false);
  if (error) {
    return (
      <Alert variant="error">
        {error.message}{" "}
        <Button variant="link" onClick={() => void refetch()}>
          {t("tryAgain")}
        </Button>
      </Alert>
    );
  }
  if (!clip || clip.processingStatus === "pending" || clip.processingStatus === "processing") {
    return (
      <p className="flex items-center gap-2 text-muted-foreground" role="status">
        <Spinner /> {t("listening")}
      </p>
    );
  }
  if (clip.processingStatus === "error") return <RetryForm clip={clip} />;
  const builtIn = clip.engine === "offline-lexicon";
  return (
    <div className="grid gap-4">
      <Card>
        <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
          <CardTitle>{t("youSound")}</CardTitle>
          <EngineBadge engine={builtIn ? "built-in" : "ai"} provider={builtIn ? undefined : clip.engine?.split(":")[1]} />
        </CardHeader>
        <CardContent className="grid gap-3">
          <ul className="flex flex-wrap gap-2" aria-label={t("topEmotions")}>
            {clip.topEmotions.map((emotion) => (
              <li key={emotion}>
                <Badge className="capitalize">{t(`emotion.${emotion}`)}</Badge>
              </li>
            ))}
          </ul>
          {clip.transcript ? <p className="text-sm text-muted-foreground">“{clip.transcript}”</p> : null}
          {adjusting && clip.emotions ? (
            <EmotionAdjuster clipId={clip.id} initial={clip.emotions} onDone={() => setAdjusting(false)} />
          ) : (
            <div>
              <Button variant="outline" onClick={() => setAdjusting(true)}>
                {t("notHowIFeel")}
              </Button>
            </div>
          )}
        </CardContent>
      </Card>
      {adjusting ? null : children(clip)}
    </div>
  );
}
