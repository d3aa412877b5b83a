"use client";

import { useTranslations } from "next-intl";
import { callModes, type CallMode } from "@/lib/practice/types";
import { usePracticeLabels } from "./labels";

type Props = { value: CallMode; onChange: (mode: CallMode) => void };

export function ModePicker({ value, onChange }: Props) {
  const t = useTranslations("Practice");
  const labels = usePracticeLabels();
  return (
    <fieldset className="grid gap-3">
      <legend className="mb-3 text-lg font-semibold">{t("chooseMode")}</legend>
      <div className="grid gap-3 md:grid-cols-3">
        {callModes.map((mode) => (
          <label
            key={mode}
            className="flex cursor-pointer items-start gap-3 rounded-lg border border-border bg-card p-4 shadow-sm transition-colors focus-within:ring-2 focus-within:ring-ring hover:border-primary/50 has-checked:border-primary has-checked:bg-accent/40"
          >
            <input
              type="radio"
              name="mode"
              value={mode}
              checked={value === mode}
              onChange={() => onChange(mode)}
              aria-labelledby={`mode-${mode}-label`}
              aria-describedby={`mode-${mode}-description`}
              className="mt-1 size-4 shrink-0 accent-primary outline-none"
            />
            <span className="grid gap-1">
              <span id={`mode-${mode}-label`} className="font-medium">
                {labels.mode(mode)}
              </span>
              <span id={`mode-${mode}-description`} className="text-sm text-muted-foreground">
                {labels.modeDescription(mode)}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
