"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { TextField } from "@/components/ui/field";
import type { ActionItem } from "./api-types";
import { EditFormActions } from "./edit-form-actions";

type Changes = Partial<Pick<ActionItem, "text" | "dueDate">>;
type Props = { item: ActionItem; busy: boolean; fieldErrors: Record<string, string>; onSave: (changes: Changes) => void; onCancel: () => void };

/** Edits an action item's text and due date; only what changed is sent. */
export function ActionItemEditForm({ item, busy, fieldErrors, onSave, onCancel }: Props) {
  const t = useTranslations("CoachPlanning.actionItems");
  const [text, setText] = useState(item.text);
  const [dueDate, setDueDate] = useState(item.dueDate ?? "");
  const [textError, setTextError] = useState<string>();
  const idPrefix = `action-item-${item.id}-edit`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) return setTextError(t("textRequired"));
    setTextError(undefined);
    const changes: Changes = {};
    if (text.trim() !== item.text) changes.text = text.trim();
    if ((dueDate || null) !== item.dueDate) changes.dueDate = dueDate || null;
    if (Object.keys(changes).length === 0) return onCancel();
    onSave(changes);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t("editLabel", { text: item.text })} className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-start">
      <TextField idPrefix={idPrefix} name="text" label={t("actionItem")} maxLength={500} value={text} onChange={(event) => setText(event.target.value)} error={textError ?? fieldErrors.text} />
      <TextField idPrefix={idPrefix} name="dueDate" type="date" label={t("due")} value={dueDate} onChange={(event) => setDueDate(event.target.value)} error={fieldErrors.dueDate} />
      <EditFormActions busy={busy} onCancel={onCancel} className="sm:col-span-2" />
    </form>
  );
}
