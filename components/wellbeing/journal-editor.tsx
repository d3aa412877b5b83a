"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useMe } from "@/hooks/use-me";
import { useEntry, useLiveWellbeing, wellbeingKey } from "@/hooks/use-wellbeing";
import { MAX_ENTRY_CHARS } from "@/lib/wellbeing/vocabulary";
import { EntryAnalysis } from "./entry-analysis";
import { EntryImages } from "./entry-images";
import { MoodPicker } from "./mood-picker";
import { SaveState } from "./save-state";
import { useAutosaveEntry } from "./use-autosave-entry";
import { VoiceInput } from "./voice-input";
import { VoiceNoteRecorder } from "./voice-note-recorder";

const parseTags = (text: string) => [...new Set(text.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))].slice(0, 12);

/** A journal entry that saves itself; the analysis and, when needed, the care card sit beside it. */
export function JournalEditor({ entryId: initialId }: { entryId: string | null }) {
  const { entryId, fields, status, error, savedAt, update, appendContent, flush, ensureSaved, onRemoteSave } = useAutosaveEntry(initialId);
  const t = useTranslations("Wellbeing.editor");
  const entry = useEntry(entryId);
  const me = useMe();
  const queryClient = useQueryClient();
  const [tagText, setTagText] = useState<string | null>(null);
  useLiveWellbeing(me.data?.id, (id, revision) => {
    if (id !== entryId) return;
    void queryClient.invalidateQueries({ queryKey: [...wellbeingKey, "entry", id] });
    void onRemoteSave(id, revision);
  });
  const over = fields.content.length > MAX_ENTRY_CHARS;
  const disabled = status === "loading";

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <form className="grid content-start gap-4" onSubmit={(e) => e.preventDefault()} aria-label={t("formLabel")}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <SaveState status={status} savedAt={savedAt} />
          <VoiceInput onText={appendContent} />
        </div>
        <VoiceNoteRecorder onText={appendContent} saveEntry={ensureSaved} />
        {error ? <Alert variant="error">{error}</Alert> : null}
        <div className="grid gap-2">
          <Label htmlFor="entry-title">{t("titleLabel")}</Label>
          <Input id="entry-title" value={fields.title} maxLength={200} disabled={disabled} onChange={(e) => update({ title: e.target.value })} onBlur={() => void flush()} />
        </div>
        <div className="grid gap-2">
          <Label htmlFor="entry-content">{t("contentLabel")}</Label>
          <textarea
            id="entry-content"
            value={fields.content}
            disabled={disabled}
            rows={14}
            aria-describedby="entry-count"
            aria-invalid={over || undefined}
            onChange={(e) => update({ content: e.target.value })}
            onBlur={() => void flush()}
            className="min-h-64 rounded-md border border-input bg-background px-3 py-2 text-base leading-relaxed outline-none focus-visible:ring-2 focus-visible:ring-ring aria-invalid:border-destructive"
          />
          <p id="entry-count" className={`text-xs ${over ? "text-destructive" : "text-muted-foreground"}`}>
            {t(over ? "countOver" : "count", { count: fields.content.length, max: MAX_ENTRY_CHARS })}
          </p>
        </div>
        <div className="grid gap-2">
          <span className="text-sm font-medium">{t("moodLabel")}</span>
          <MoodPicker label={t("moodPicker")} value={fields.mood} onPick={(mood) => update({ mood: fields.mood === mood ? null : mood })} disabled={disabled} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="grid gap-2">
            <Label htmlFor="entry-tags">{t("tagsLabel")}</Label>
            <Input
              id="entry-tags"
              value={tagText ?? fields.tags.join(", ")}
              disabled={disabled}
              onChange={(e) => setTagText(e.target.value)}
              onBlur={() => {
                if (tagText !== null) update({ tags: parseTags(tagText) });
                setTagText(null);
              }}
            />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="entry-visibility">{t("visibilityLabel")}</Label>
            <Select id="entry-visibility" value={fields.visibility} disabled={disabled} onChange={(e) => update({ visibility: e.target.value as "private" | "shared" })}>
              <option value="private">{t("onlyMe")}</option>
              <option value="shared">{t("meAndCoach")}</option>
            </Select>
          </div>
        </div>
        {entryId ? <EntryImages entryId={entryId} /> : <p className="text-sm text-muted-foreground">{t("imagesAfterSave")}</p>}
      </form>
      <EntryAnalysis entry={entry.data} pending={status === "saved" || status === "saving"} />
    </div>
  );
}
