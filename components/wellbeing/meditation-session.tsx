"use client";

import { Pause, Play, Square, Volume2, VolumeX } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { apiRequest, type ApiError } from "@/hooks/api-request";
import { type AmbientPlayer, startAmbient } from "./ambient-sound";
import type { Program } from "./api-types";
import { BreathPacer } from "./breath-pacer";
import { MoodPicker } from "./mood-picker";
import { useProgramText } from "./use-program-text";
import { useMeditationTimer } from "./use-meditation-timer";

const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;

/** One session: the timer with guidance, pacing and sound, then the mood after and a note. A session
 * ended early, or left by closing the tab, is saved as not completed. */
export function MeditationSession({ program, meditationId, onDone }: { program: Program; meditationId: string; onDone: () => void }) {
  const t = useTranslations("Wellbeing");
  const text = useProgramText();
  const total = program.minutes * 60;
  const [phase, setPhase] = useState<"running" | "after">("running");
  const [completed, setCompleted] = useState(false);
  const [moodAfter, setMoodAfter] = useState<number | null>(null);
  const [notes, setNotes] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [sound, setSound] = useState(program.ambient !== "none");
  const player = useRef<AmbientPlayer | null>(null);
  const timer = useMeditationTimer(total, () => {
    setCompleted(true);
    setPhase("after");
  });
  const saved = useRef(false);
  const latest = useRef({ elapsed: 0, interruptions: 0 });
  useEffect(() => {
    latest.current = { elapsed: timer.elapsed, interruptions: timer.interruptions };
  }, [timer.elapsed, timer.interruptions]);

  useEffect(() => {
    if (timer.running && sound && !player.current) player.current = startAmbient(program.ambient);
    if ((!timer.running || !sound) && player.current) {
      player.current.stop();
      player.current = null;
    }
  }, [timer.running, sound, program.ambient]);

  useEffect(() => {
    const leave = () => {
      if (saved.current) return;
      void fetch(`/api/wellbeing/meditations/${meditationId}`, {
        method: "PATCH",
        keepalive: true,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ moodAfter: null, completed: false, durationSeconds: latest.current.elapsed, interruptions: latest.current.interruptions }),
      });
    };
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      player.current?.stop();
    };
  }, [meditationId]);

  const save = async () => {
    setSaving(true);
    try {
      await apiRequest(`/api/wellbeing/meditations/${meditationId}`, {
        method: "PATCH",
        body: { moodAfter, completed, durationSeconds: timer.elapsed, interruptions: timer.interruptions, notes: notes.trim() || undefined },
      });
      saved.current = true;
      onDone();
    } catch (err) {
      setError((err as ApiError).message);
    } finally {
      setSaving(false);
    }
  };

  if (phase === "after") {
    return (
      <div className="grid gap-4">
        <Alert variant={completed ? "success" : "info"}>{completed ? t("wellDone", { minutes: program.minutes }) : t("partial", { time: clock(timer.elapsed) })}</Alert>
        <div className="grid gap-2">
          <span className="text-sm font-medium">{t("feelNow")}</span>
          <MoodPicker label={t("moodAfter")} value={moodAfter} onPick={setMoodAfter} />
        </div>
        <div className="grid gap-2">
          <Label htmlFor="meditation-notes">{t("notesOptional")}</Label>
          <textarea id="meditation-notes" rows={3} maxLength={2000} value={notes} onChange={(e) => setNotes(e.target.value)} className="rounded-md border border-input bg-background px-3 py-2 text-sm outline-none focus-visible:ring-2 focus-visible:ring-ring" />
        </div>
        {error ? <Alert variant="error">{t("sessionSaveError", { message: error })}</Alert> : null}
        <div>
          <Button onClick={() => void save()} disabled={saving}>{t("saveSession")}</Button>
        </div>
      </div>
    );
  }

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-xl font-semibold">{text.title(program.id, program.title)}</h2>
        <p className="font-mono text-2xl tabular-nums" aria-label={t("timeLeft")} data-testid="time-left">{clock(total - timer.elapsed)}</p>
      </div>
      <BreathPacer breath={program.breath} elapsed={timer.elapsed} running={timer.running} />
      <ol className="grid list-decimal gap-1 pl-5 text-sm text-muted-foreground">
        {text.guidance(program.id, program.guidance).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        {timer.running ? (
          <Button variant="outline" onClick={timer.pause}>
            <Pause aria-hidden />
            {t("pause")}
          </Button>
        ) : (
          <Button onClick={timer.start}>
            <Play aria-hidden />
            {timer.elapsed ? t("resume") : t("begin")}
          </Button>
        )}
        <Button variant="outline" onClick={() => { timer.stop(); setPhase("after"); }}><Square aria-hidden />
          {t("endNow")}
        </Button>
        {program.ambient !== "none" ? (
          <Button variant="ghost" aria-pressed={sound} onClick={() => setSound(!sound)}>
            {sound ? <Volume2 aria-hidden /> : <VolumeX aria-hidden />}
            {sound ? t("soundOn", { sound: program.ambient }) : t("soundOff")}
          </Button>
        ) : null}
      </div>
      {timer.interruptions ? <p className="text-sm text-muted-foreground">{t("interruptions", { count: timer.interruptions })}</p> : null}
    </div>
  );
}
