"use client";

import { Mic, Square } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { LevelMeter } from "@/components/ui/level-meter";
import { MIN_SECONDS, useClipRecorder } from "@/hooks/use-clip-recorder";
import { useUploadClip } from "@/hooks/use-connect";
import type { Clip } from "./api-types";

const textareaClasses = "min-h-20 w-full rounded-md border border-input bg-background px-3 py-2 text-sm focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none";

/** Step 1: record up to a minute about how you feel (with a level meter and countdown), then send. */
export function RecorderCard({ onUploaded }: { onUploaded: (clip: Clip) => void }) {
  const t = useTranslations("Connect");
  const recorder = useClipRecorder();
  const upload = useUploadClip();
  const [typed, setTyped] = useState("");
  const transcript = typed || recorder.heard;
  const tooShort = recorder.state === "recorded" && recorder.elapsed < MIN_SECONDS;

  const send = () => {
    if (!recorder.clip) return;
    upload.mutate({ audio: recorder.clip, transcript }, { onSuccess: onUploaded });
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("howFeel")}</CardTitle>
        <CardDescription>{t("talkMinute")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="flex flex-wrap items-center gap-3">
          {recorder.state === "recording" ? (
            <Button variant="destructive" onClick={recorder.stop}>
              <Square aria-hidden /> {t("stopLeft", { seconds: recorder.secondsLeft })}
            </Button>
          ) : (
            <Button onClick={() => void recorder.start()} variant={recorder.state === "recorded" ? "outline" : "default"}>
              <Mic aria-hidden /> {recorder.state === "recorded" ? t("recordAgain") : t("record")}
            </Button>
          )}
          <LevelMeter level={recorder.level} />
          <span className="text-sm tabular-nums" aria-live="polite">
            {recorder.state === "recording" ? `${Math.floor(recorder.elapsed)}s` : recorder.state === "recorded" ? t("recorded", { seconds: recorder.elapsed.toFixed(1) }) : ""}
          </span>
        </div>
        {recorder.error ? <Alert variant="error">{recorder.error}</Alert> : null}
        <div className="grid gap-2">
          <Label htmlFor="clip-text">{t("whatYouSaid")}</Label>
          <textarea id="clip-text" className={textareaClasses} value={transcript} onChange={(e) => setTyped(e.target.value)} maxLength={5000} />
        </div>
        {tooShort ? <Alert variant="error">{t("atLeastOne")}</Alert> : null}
        {upload.error ? <Alert variant="error">{upload.error.message}</Alert> : null}
        <div>
          <Button onClick={send} disabled={!recorder.clip || tooShort || upload.isPending}>
            {upload.isPending ? t("sending") : t("sendClip")}
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}
