"use client";

import { Plus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { useCreateActionItem } from "@/hooks/use-coach-goals";
import type { Goal } from "./api-types";

const EMPTY = { text: "", dueDate: "", goalId: "" };

export function ActionItemCreateForm({ goals }: { goals: Goal[] }) {
  const [values, setValues] = useState(EMPTY);
  const [textError, setTextError] = useState<string>();
  const create = useCreateActionItem();
  const fields = create.error?.fields ?? {};
  const open = goals.filter((goal) => goal.status === "active" || goal.status === "paused");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = form.elements.namedItem("text") as HTMLElement | null;
    if (!values.text.trim()) {
      setTextError("Describe the action item.");
      input?.focus();
      return;
    }
    setTextError(undefined);
    create.mutate(
      { text: values.text.trim(), dueDate: values.dueDate || null, goalId: values.goalId || null },
      {
        onSuccess: () => {
          setValues(EMPTY);
          input?.focus();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="New action item" className="grid gap-4 rounded-lg border border-border bg-card p-4">
      {create.error && Object.keys(fields).length === 0 ? <Alert variant="error">{create.error.message}</Alert> : null}
      <TextField
        idPrefix="new-action-item"
        name="text"
        label="New action item"
        placeholder="e.g. Send Acme the pilot plan"
        maxLength={500}
        value={values.text}
        onChange={(event) => setValues({ ...values, text: event.target.value })}
        error={textError ?? fields.text}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          idPrefix="new-action-item"
          name="dueDate"
          type="date"
          label="Due"
          value={values.dueDate}
          onChange={(event) => setValues({ ...values, dueDate: event.target.value })}
          error={fields.dueDate}
        />
        <div className="grid gap-2">
          <Label htmlFor="new-action-item-goal">Goal</Label>
          <Select id="new-action-item-goal" value={values.goalId} onChange={(event) => setValues({ ...values, goalId: event.target.value })}>
            <option value="">No goal</option>
            {open.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.title}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <div>
        <Button type="submit" disabled={create.isPending} aria-busy={create.isPending || undefined}>
          {create.isPending ? <Spinner /> : <Plus aria-hidden />}
          Add action item
        </Button>
      </div>
    </form>
  );
}
