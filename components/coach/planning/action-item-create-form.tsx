"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createActionItemAction } from "@/app/(app)/coach/goals/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { actionItemsKey } from "@/hooks/use-coach-goals";
import { useFormAction } from "@/hooks/use-form-action";
import type { Goal } from "./api-types";

const EMPTY = { text: "", dueDate: "", goalId: "" };

const focusText = (form: HTMLFormElement) => (form.elements.namedItem("text") as HTMLElement | null)?.focus();

export function ActionItemCreateForm({ goals }: { goals: Goal[] }) {
  const t = useTranslations("CoachPlanning.actionItems");
  const queryClient = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const [textError, setTextError] = useState<string>();
  const create = useFormAction(createActionItemAction, {
    beforeSubmit: (form) => {
      const missing = !values.text.trim();
      setTextError(missing ? t("textRequired") : undefined);
      if (missing) focusText(form);
      return !missing;
    },
    onSuccess: (_item, form) => {
      setValues(EMPTY);
      focusText(form);
      void queryClient.invalidateQueries({ queryKey: actionItemsKey });
    },
  });
  const fields = create.error?.fields ?? {};
  const open = goals.filter((goal) => goal.status === "active" || goal.status === "paused");

  return (
    <form action={create.formAction} onSubmit={create.onSubmit} noValidate aria-label={t("newLabel")} className="grid gap-4 rounded-lg border border-border bg-card p-4">
      {create.error && Object.keys(fields).length === 0 ? <Alert variant="error">{create.error.message}</Alert> : null}
      <TextField
        idPrefix="new-action-item"
        name="text"
        label={t("newLabel")}
        placeholder={t("newPlaceholder")}
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
          label={t("due")}
          value={values.dueDate}
          onChange={(event) => setValues({ ...values, dueDate: event.target.value })}
          error={fields.dueDate}
        />
        <div className="grid gap-2">
          <Label htmlFor="new-action-item-goal">{t("goal")}</Label>
          <Select id="new-action-item-goal" name="goalId" value={values.goalId} onChange={(event) => setValues({ ...values, goalId: event.target.value })}>
            <option value="">{t("noGoalOption")}</option>
            {open.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.title}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <div>
        <Button type="submit" disabled={create.pending} aria-busy={create.pending || undefined}>
          {create.pending ? <Spinner /> : <Plus aria-hidden />}
          {t("add")}
        </Button>
      </div>
    </form>
  );
}
