"use client";

import { cn } from "@/components/ui/cn";
import { MOOD_COLOURS } from "@/lib/wellbeing/vocabulary";
import { useMoodLabel } from "./use-mood-label";

const FACES = ["😞", "🙁", "😐", "🙂", "😄"];

/** Five mood buttons, 1 (very low) to 5 (great); a radio group for screen readers. */
export function MoodPicker({ value, onPick, label, disabled, size = "md" }: { value: number | null; onPick: (mood: number) => void; label: string; disabled?: boolean; size?: "md" | "lg" }) {
  const moodLabel = useMoodLabel();
  return (
    <div role="radiogroup" aria-label={label} className="flex flex-wrap gap-2">
      {FACES.map((face, i) => {
        const mood = i + 1;
        const name = moodLabel(mood);
        const checked = value === mood;
        return (
          <button
            key={mood}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={`${mood} — ${name}`}
            disabled={disabled}
            onClick={() => onPick(mood)}
            style={checked ? { backgroundColor: MOOD_COLOURS[i], borderColor: MOOD_COLOURS[i] } : undefined}
            className={cn(
              "grid place-items-center rounded-full border border-input text-xl outline-none transition-colors focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 disabled:opacity-50",
              size === "lg" ? "size-14" : "size-11",
              checked ? "text-white" : "bg-background hover:bg-accent",
            )}
          >
            <span aria-hidden>{face}</span>
          </button>
        );
      })}
    </div>
  );
}
