"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { TextField } from "@/components/ui/field";
import type { Goal } from "./api-types";
import { GoalCategoryField, GoalPriorityField } from "./goal-choice-fields";
import { EditFormActions } from "./edit-form-actions";

type Changes = Partial<Pick<Goal, "title" | "category" | "priority" | "targetDate">>;
type Props = { goal: Goal; busy: boolean; fieldErrors: Record<string, string>; onSave: (changes: Changes) => void; onCancel: () => void };

/** Edits a goal's title, category, priority and target date; only the fields that changed are sent. */
export function GoalEditForm({ goal, busy, fieldErrors, onSave, onCancel }: Props) {
  const t = useTranslations("CoachPlanning.goals");
  const [values, setValues] = useState({ title: goal.title, category: goal.category, priority: goal.priority, targetDate: goal.targetDate ?? "" });
  const [titleError, setTitleError] = useState<string>();
  const idPrefix = `goal-${goal.id}-edit`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!values.title.trim()) return setTitleError(t("titleRequired"));
    setTitleError(undefined);
    const next = { title: values.title.trim(), category: values.category, priority: values.priority, targetDate: values.targetDate || null };
    const changes = Object.fromEntries(Object.entries(next).filter(([field, value]) => goal[field as keyof typeof next] !== value)) as Changes;
    if (Object.keys(changes).length === 0) return onCancel();
    onSave(changes);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t("editLabel", { title: goal.title })} className="grid gap-4">
      <TextField
        idPrefix={idPrefix}
        name="title"
        label={t("title")}
        maxLength={200}
        value={values.title}
        onChange={(event) => setValues({ ...values, title: event.target.value })}
        error={titleError ?? fieldErrors.title}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <GoalCategoryField id={`${idPrefix}-category`} value={values.category} onChange={(category) => setValues({ ...values, category })} />
        <GoalPriorityField id={`${idPrefix}-priority`} value={values.priority} onChange={(priority) => setValues({ ...values, priority })} />
        <TextField
          idPrefix={idPrefix}
          name="targetDate"
          type="date"
          label={t("targetDate")}
          value={values.targetDate}
          onChange={(event) => setValues({ ...values, targetDate: event.target.value })}
          error={fieldErrors.targetDate}
        />
      </div>
      <EditFormActions busy={busy} onCancel={onCancel} />
    </form>
  );
}
