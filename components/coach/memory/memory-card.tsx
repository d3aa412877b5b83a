"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EditFormActions } from "@/components/coach/planning/edit-form-actions";
import { useEditMemory, useForgetMemory } from "@/hooks/use-coach-memories";
import type { MemoryItem } from "@/lib/coach/memories/list-memories";

/** One remembered message: its text, where it came from, and edit / forget in place. */
export function MemoryCard({ memory }: { memory: MemoryItem }) {
  const t = useTranslations("Coach.memory");
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(new Date(iso), { day: "numeric", month: "short", year: "numeric" });
  const edit = useEditMemory();
  const forget = useForgetMemory();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [draft, setDraft] = useState(memory.text);
  const busy = edit.isPending || forget.isPending;
  const error = edit.error ?? forget.error;
  const fieldId = `memory-${memory.id}-text`;

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft.trim() === memory.text) return setEditing(false);
    edit.mutate({ id: memory.id, text: draft }, { onSuccess: () => setEditing(false) });
  }

  return (
    <li className="grid gap-3 rounded-lg border border-border bg-card p-4">
      {editing ? (
        <form onSubmit={save} aria-label={t("editForm")} className="grid gap-2">
          <label htmlFor={fieldId} className="text-sm font-medium">
            {t("shouldRemember")}
          </label>
          <textarea
            id={fieldId}
            value={draft}
            maxLength={4_000}
            rows={3}
            onChange={(event) => setDraft(event.target.value)}
            aria-invalid={edit.error?.fields.text ? true : undefined}
            className="rounded-md border border-input bg-background p-2 text-sm outline-none focus-visible:ring-2 focus-visible:ring-ring"
          />
          <EditFormActions busy={busy} onCancel={() => setEditing(false)} />
        </form>
      ) : (
        <p className="text-sm break-words whitespace-pre-wrap">{memory.text}</p>
      )}
      {memory.original ? (
        <p className="text-xs text-muted-foreground">
          {t("edited", { date: memory.editedAt ? day(memory.editedAt) : "", original: memory.original })}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-muted-foreground">
        <span>
          {t("saidIn", { title: memory.source.title || t("aCheckIn"), date: day(memory.createdAt) })}
        </span>
        {editing ? null : (
          <span className="flex gap-2">
            <Button variant="outline" size="sm" disabled={busy} onClick={() => (setDraft(memory.text), setEditing(true))}>
              {t("edit")}
            </Button>
            {confirming ? (
              <>
                <Button variant="destructive" size="sm" disabled={busy} onClick={() => forget.mutate(memory.id)}>
                  {t("forgetForGood")}
                </Button>
                <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
                  {t("keepIt")}
                </Button>
              </>
            ) : (
              <Button variant="ghost" size="sm" disabled={busy} onClick={() => setConfirming(true)}>
                {t("forget")}
              </Button>
            )}
          </span>
        )}
      </div>
      {error ? <Alert variant="error">{error.fields.text ?? error.message}</Alert> : null}
    </li>
  );
}
