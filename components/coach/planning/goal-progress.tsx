"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

const SAVE_AFTER_MS = 400;

/** A 0–100 slider that saves once the user stops moving it, not on every step. */
export function GoalProgress({ goalId, title, progress, disabled, onSave }: {
  goalId: string;
  title: string;
  progress: number;
  disabled: boolean;
  onSave: (progress: number) => void;
}) {
  const t = useTranslations("CoachPlanning.goals");
  const [value, setValue] = useState(progress);
  const [synced, setSynced] = useState(progress);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // A new value from the server (another tab, completing the goal) replaces the local one.
  if (progress !== synced) {
    setSynced(progress);
    setValue(progress);
  }
  useEffect(() => () => clearTimeout(timer.current), []);

  function change(next: number) {
    setValue(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onSave(next), SAVE_AFTER_MS);
  }

  const id = `goal-progress-${goalId}`;
  return (
    <div className="grid gap-1.5">
      <div className="flex items-center justify-between text-sm">
        <label htmlFor={id} className="font-medium">
          {t("progress")}<span className="sr-only">{t("progressOf", { title })}</span>
        </label>
        <output htmlFor={id} className="tabular-nums text-muted-foreground">
          {value}%
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={5}
        value={value}
        disabled={disabled}
        onChange={(event) => change(Number(event.target.value))}
        className="h-2 w-full cursor-pointer accent-primary disabled:cursor-not-allowed disabled:opacity-60"
      />
    </div>
  );
}
