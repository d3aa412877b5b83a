"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";
import { useCreateCheckin } from "@/hooks/use-wellbeing";
import { CHECKIN_TAGS, WELLBEING_EMOTIONS } from "@/lib/wellbeing/vocabulary";
import type { Care } from "./api-types";
import { CareCard } from "./care-card";
import { MoodPicker } from "./mood-picker";
import { useEmotionName, useMoodLabel } from "./use-mood-label";

function Chips({ label, options, chosen, max, onToggle, name }: { label: string; options: readonly string[]; chosen: string[]; max: number; onToggle: (value: string) => void; name: (value: string) => string }) {
  return (
    <fieldset className="grid gap-2">
      <legend className="text-sm font-medium">{label}</legend>
      <div className="flex flex-wrap gap-1.5">
        {options.map((option) => {
          const on = chosen.includes(option);
          return (
            <button
              key={option}
              type="button"
              aria-pressed={on}
              disabled={!on && chosen.length >= max}
              onClick={() => onToggle(option)}
              className={cn("rounded-full border px-3 py-1 text-sm outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-50", on ? "border-primary bg-primary text-primary-foreground" : "border-input hover:bg-accent")}
            >
              {name(option)}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}

const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/** One tap on a mood saves a check-in; opening "more" first lets emotions, tags and a note go with it. */
export function CheckinWidget({ compact = false }: { compact?: boolean }) {
  const t = useTranslations("Wellbeing");
  const moodLabel = useMoodLabel();
  const emotionName = useEmotionName();
  const create = useCreateCheckin();
  const [saved, setSaved] = useState<{ mood: number; care: Care } | null>(null);
  const [details, setDetails] = useState(false);
  const [mood, setMood] = useState<number | null>(null);
  const [emotions, setEmotions] = useState<string[]>([]);
  const [tags, setTags] = useState<string[]>([]);
  const [note, setNote] = useState("");

  const submit = (chosen: number, extra: { emotions?: string[]; tags?: string[]; note?: string } = {}) =>
    create.mutate(
      { mood: chosen, ...extra },
      {
        onSuccess: (checkin) => {
          setSaved({ mood: checkin.mood, care: checkin.care });
          setDetails(false);
          setMood(null);
          setEmotions([]);
          setTags([]);
          setNote("");
        },
      },
    );

  if (saved) {
    return (
      <div className="grid gap-3">
        <Alert variant="success">{t("checkedIn", { mood: moodLabel(saved.mood).toLowerCase() })}</Alert>
        {saved.care ? <CareCard resources={saved.care.resources} /> : null}
        <div>
          <Button variant="ghost" size="sm" onClick={() => setSaved(null)}>{t("checkinAgain")}</Button>
        </div>
      </div>
    );
  }

  return (
    <div className="grid gap-4">
      <MoodPicker label={t("feelingNow")} value={mood} onPick={(picked) => (details ? setMood(picked) : submit(picked))} disabled={create.isPending} size={compact ? "md" : "lg"} />
      {create.error ? <Alert variant="error">{t("checkinError", { message: create.error.message })}</Alert> : null}
      {details ? (
        <form
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            if (mood) submit(mood, { emotions, tags, note: note.trim() || undefined });
          }}
        >
          <Chips label={t("emotionsLabel")} options={WELLBEING_EMOTIONS} name={emotionName} chosen={emotions} max={2} onToggle={(v) => setEmotions(toggle(emotions, v))} />
          <Chips label={t("affected")} options={CHECKIN_TAGS} name={(v) => t(`tag.${v as (typeof CHECKIN_TAGS)[number]}`)} chosen={tags} max={CHECKIN_TAGS.length} onToggle={(v) => setTags(toggle(tags, v))} />
          <div className="grid gap-2">
            <Label htmlFor="checkin-note">{t("noteOptional")}</Label>
            <textarea id="checkin-note" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} rows={2} className="rounded-md border border-input bg-background px-3 py-2 text-sm outline-none focus-visible:ring-2 focus-visible:ring-ring" />
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" disabled={create.isPending || !mood}>{mood ? t("saveCheckin") : t("pickMoodFirst")}</Button>
            <Button type="button" variant="ghost" size="sm" onClick={() => setDetails(false)}>{t("justMood")}</Button>
          </div>
        </form>
      ) : (
        <div>
          <Button variant="link" size="sm" className="px-0" onClick={() => setDetails(true)}>{t("addFirst")}</Button>
        </div>
      )}
    </div>
  );
}
