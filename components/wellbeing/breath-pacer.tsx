"use client";

import { useTranslations } from "next-intl";
import type { Program } from "./api-types";

type Phase = { name: "in" | "hold" | "out"; seconds: number; scale: number };

/** Where in the breath cycle `elapsed` seconds falls (the phase's words are Wellbeing.breath.<name>). */
export function breathPhase(breath: NonNullable<Program["breath"]>, elapsed: number): { phase: Phase; left: number } {
  const all: Phase[] = [
    { name: "in", seconds: breath.inhale, scale: 1 },
    { name: "hold", seconds: breath.hold, scale: 1 },
    { name: "out", seconds: breath.exhale, scale: 0.55 },
    { name: "hold", seconds: breath.holdAfter, scale: 0.55 },
  ];
  const phases = all.filter((p) => p.seconds > 0);
  const cycle = phases.reduce((sum, p) => sum + p.seconds, 0);
  let t = elapsed % cycle;
  for (const phase of phases) {
    if (t < phase.seconds) return { phase, left: Math.ceil(phase.seconds - t) };
    t -= phase.seconds;
  }
  return { phase: phases[0]!, left: phases[0]!.seconds };
}

/** A circle that grows on the in-breath and shrinks on the out-breath, with the words beside it. */
export function BreathPacer({ breath, elapsed, running }: { breath: Program["breath"]; elapsed: number; running: boolean }) {
  const t = useTranslations("Wellbeing.breath");
  if (!breath) return null;
  const { phase, left } = breathPhase(breath, elapsed);
  return (
    <div className="grid place-items-center gap-3 py-4">
      <div aria-hidden className="grid size-44 place-items-center">
        <div
          className="size-44 rounded-full bg-primary/20 ring-4 ring-primary/40 transition-transform ease-in-out motion-reduce:transition-none"
          style={{ transform: `scale(${running ? phase.scale : 0.75})`, transitionDuration: `${phase.seconds}s` }}
        />
      </div>
      <p aria-live="polite" className="text-lg font-medium">
        {running ? `${t(phase.name)} · ${left}` : t("paused")}
      </p>
    </div>
  );
}
