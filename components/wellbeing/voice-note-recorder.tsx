"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Mic, Square } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LevelMeter } from "@/components/ui/level-meter";
import { type ApiError, postForm } from "@/hooks/api-request";
import { MIN_SECONDS, type Recording, useClipRecorder } from "@/hooks/use-clip-recorder";
import { wellbeingKey } from "@/hooks/use-wellbeing";

const MAX_NOTE_SECONDS = 10 * 60;

type Transcribed = { transcript: { text: string; provider: string } | null };
type Step = "idle" | "transcribing" | "keeping" | "done";

const formOf = (audio: Blob, extra: Record<string, string> = {}) => {
  const form = new FormData();
  form.append("audio", audio, audio.type.includes("mp4") ? "note.m4a" : "note.webm");
  for (const [name, value] of Object.entries(extra)) form.append(name, value);
  return form;
};

/** Voice journaling: speak for up to ten minutes; the words (the speech-to-text provider's, else
 * the browser's own recognition) land in the entry as editable text. The audio is sent to be
 * transcribed and then dropped, unless "keep the recording" is ticked. */
export function VoiceNoteRecorder({ onText, saveEntry }: { onText: (text: string) => void; saveEntry: () => Promise<string | null> }) {
  const t = useTranslations("Wellbeing.voiceNote");
  const queryClient = useQueryClient();
  const [keep, setKeep] = useState(false);
  const [step, setStep] = useState<Step>("idle");
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);

  const process = async ({ clip, heard, seconds }: Recording) => {
    if (seconds < MIN_SECONDS) return setMessage({ kind: "error", text: t("tooShort") });
    try {
      setStep("transcribing");
      const { transcript } = await postForm<Transcribed>("/api/wellbeing/voice-notes", formOf(clip, { language: navigator.language.slice(0, 2) }));
      const text = transcript?.text.trim() || heard.trim();
      if (text) onText(text);
      if (!keep) {
        setMessage(text ? null : { kind: "info", text: t("noWords") });
        return;
      }
      setStep("keeping");
      const entryId = await saveEntry();
      if (!entryId) {
        setMessage({ kind: "error", text: t("notKept") });
        return;
      }
      await postForm(`/api/wellbeing/entries/${entryId}/voice-note`, formOf(clip));
      await queryClient.invalidateQueries({ queryKey: [...wellbeingKey, "attachments", entryId] });
      setMessage({ kind: "info", text: t(text ? "keptWithWords" : "keptNoWords") });
    } catch (err) {
      setMessage({ kind: "error", text: (err as ApiError).message ?? t("failed") });
    } finally {
      setStep("done");
    }
  };
  const recorder = useClipRecorder({ maxSeconds: MAX_NOTE_SECONDS, onRecorded: (recording) => void process(recording) });

  const busy = step === "transcribing" || step === "keeping";
  return (
    <section aria-label={t("label")} className="grid gap-2 rounded-md border border-border p-3">
      <div className="flex flex-wrap items-center gap-3">
        {recorder.state === "recording" ? (
          <Button type="button" variant="destructive" size="sm" onClick={recorder.stop}>
            <Square aria-hidden /> {t("stop", { minutes: Math.floor(recorder.secondsLeft / 60), seconds: String(recorder.secondsLeft % 60).padStart(2, "0") })}
          </Button>
        ) : (
          <Button type="button" variant="outline" size="sm" disabled={busy} onClick={() => (setMessage(null), void recorder.start())}>
            <Mic aria-hidden /> {t("record")}
          </Button>
        )}
        {recorder.state === "recording" ? <LevelMeter level={recorder.level} /> : null}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={keep} disabled={recorder.state === "recording" || busy} onChange={(e) => setKeep(e.target.checked)} />
          {t("keep")}
        </label>
      </div>
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {t(step === "transcribing" ? "transcribing" : step === "keeping" ? "keeping" : keep ? "audioKept" : "audioNotKept")}
      </p>
      {recorder.error ? <Alert variant="error">{recorder.error}</Alert> : null}
      {message ? <Alert variant={message.kind === "error" ? "error" : "info"}>{message.text}</Alert> : null}
    </section>
  );
}
