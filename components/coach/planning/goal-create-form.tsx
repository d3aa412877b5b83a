"use client";

import { Plus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { useCreateGoal } from "@/hooks/use-coach-goals";
import { GoalCategoryField, GoalPriorityField } from "./goal-choice-fields";

const EMPTY = { title: "", category: "general", priority: 3, targetDate: "" };

export function GoalCreateForm() {
  const [values, setValues] = useState(EMPTY);
  const [titleError, setTitleError] = useState<string>();
  const create = useCreateGoal();
  const fields = create.error?.fields ?? {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (!values.title.trim()) {
      setTitleError("Give the goal a title.");
      (form.elements.namedItem("title") as HTMLElement | null)?.focus();
      return;
    }
    setTitleError(undefined);
    create.mutate(
      { ...values, title: values.title.trim(), targetDate: values.targetDate || null },
      {
        onSuccess: () => {
          setValues(EMPTY);
          (form.elements.namedItem("title") as HTMLElement | null)?.focus();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="New goal" className="grid gap-4 rounded-lg border border-border bg-card p-4">
      {create.error && Object.keys(fields).length === 0 ? <Alert variant="error">{create.error.message}</Alert> : null}
      <TextField
        idPrefix="new-goal"
        name="title"
        label="New goal"
        placeholder="e.g. Hire a VP Engineering"
        maxLength={200}
        value={values.title}
        onChange={(event) => setValues({ ...values, title: event.target.value })}
        error={titleError ?? fields.title}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <GoalCategoryField id="new-goal-category" value={values.category} onChange={(category) => setValues({ ...values, category })} />
        <GoalPriorityField id="new-goal-priority" value={values.priority} onChange={(priority) => setValues({ ...values, priority })} />
        <TextField
          idPrefix="new-goal"
          name="targetDate"
          type="date"
          label="Target date"
          value={values.targetDate}
          onChange={(event) => setValues({ ...values, targetDate: event.target.value })}
          error={fields.targetDate}
        />
      </div>
      <div>
        <Button type="submit" disabled={create.isPending} aria-busy={create.isPending || undefined}>
          {create.isPending ? <Spinner /> : <Plus aria-hidden />}
          Add goal
        </Button>
      </div>
    </form>
  );
}
