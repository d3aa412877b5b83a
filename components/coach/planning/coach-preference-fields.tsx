"use client";

import { useTranslations } from "next-intl";
import { CoachStyleField } from "@/components/settings/coach-style-field";
import { TimezoneField } from "@/components/settings/timezone-field";
import { FieldError } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { CoachStyle } from "@/lib/db/schema/users";
import { formalities, voices, type Formality } from "./labels";

export type Preferences = { coachStyle: CoachStyle; formality: Formality; voiceId: string; timezone: string };

type Props = {
  value: Preferences;
  zones: string[];
  errors: Partial<Record<keyof Preferences, string>>;
  onChange: <K extends keyof Preferences>(field: K, value: Preferences[K]) => void;
};

/** How the coach talks: style, formality, voice and the timezone its days and sessions follow. */
export function CoachPreferenceFields({ value, zones, errors, onChange }: Props) {
  const t = useTranslations("CoachPlanning.preferences");
  // A voice saved through the API (say, a cloned one) stays selectable.
  const known = voices.map((voice) => ({ id: voice.id, name: t(`voices.${voice.key}`) }));
  const voiceOptions = known.some((voice) => voice.id === value.voiceId) ? known : [...known, { id: value.voiceId, name: value.voiceId }];
  return (
    <div className="grid gap-6">
      <CoachStyleField value={value.coachStyle} error={errors.coachStyle} onChange={(style) => onChange("coachStyle", style)} />
      <fieldset className="grid gap-3" aria-describedby={errors.formality ? "coach-formality-error" : undefined}>
        <legend className="mb-2 text-sm font-medium">{t("formality")}</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          {formalities.map((option) => {
            const id = `coach-formality-${option}`;
            return (
              <div key={option} className="flex items-start gap-3 rounded-md border border-border p-3 has-checked:border-primary has-checked:bg-accent/50">
                <input
                  type="radio"
                  id={id}
                  name="formality"
                  value={option}
                  checked={value.formality === option}
                  onChange={() => onChange("formality", option)}
                  aria-describedby={`${id}-description`}
                  className="mt-0.5 size-4 shrink-0 accent-primary outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background"
                />
                <div className="grid gap-0.5">
                  <label htmlFor={id} className="text-sm font-medium">
                    {t(`formalities.${option}`)}
                  </label>
                  <p id={`${id}-description`} className="text-sm text-muted-foreground">
                    {t(`formalities.${option}Description`)}
                  </p>
                </div>
              </div>
            );
          })}
        </div>
        <FieldError id="coach-formality-error" message={errors.formality} />
      </fieldset>
      <div className="grid gap-2">
        <Label htmlFor="coach-voice">{t("voice")}</Label>
        <Select
          id="coach-voice"
          name="voiceId"
          value={value.voiceId}
          onChange={(event) => onChange("voiceId", event.target.value)}
          aria-invalid={errors.voiceId ? true : undefined}
          aria-describedby={errors.voiceId ? "coach-voice-error" : "coach-voice-hint"}
        >
          {voiceOptions.map((voice) => (
            <option key={voice.id} value={voice.id}>
              {voice.name}
            </option>
          ))}
        </Select>
        <p id="coach-voice-hint" className="text-sm text-muted-foreground">
          {t("voiceHint")}
        </p>
        <FieldError id="coach-voice-error" message={errors.voiceId} />
      </div>
      <TimezoneField zones={zones} value={value.timezone} error={errors.timezone} onChange={(zone) => onChange("timezone", zone)} />
    </div>
  );
}
