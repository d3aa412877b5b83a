"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createGoalAction } from "@/app/(app)/coach/goals/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { goalsKey } from "@/hooks/use-coach-goals";
import { useFormAction } from "@/hooks/use-form-action";
import { GoalCategoryField, GoalPriorityField } from "./goal-choice-fields";

const EMPTY = { title: "", category: "general", priority: 3, targetDate: "" };

const focusTitle = (form: HTMLFormElement) => (form.elements.namedItem("title") as HTMLElement | null)?.focus();

export function GoalCreateForm() {
  const t = useTranslations("CoachPlanning.goals");
  const queryClient = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const [titleError, setTitleError] = useState<string>();
  const create = useFormAction(createGoalAction, {
    beforeSubmit: (form) => {
      const missing = !values.title.trim();
      setTitleError(missing ? t("titleRequired") : undefined);
      if (missing) focusTitle(form);
      return !missing;
    },
    onSuccess: (_goal, form) => {
      setValues(EMPTY);
      focusTitle(form);
      void queryClient.invalidateQueries({ queryKey: goalsKey });
    },
  });
  const fields = create.error?.fields ?? {};

  return (
    <form action={create.formAction} onSubmit={create.onSubmit} noValidate aria-label={t("newGoal")} className="grid gap-4 rounded-lg border border-border bg-card p-4">
      {create.error && Object.keys(fields).length === 0 ? <Alert variant="error">{create.error.message}</Alert> : null}
      <TextField
        idPrefix="new-goal"
        name="title"
        label={t("newGoal")}
        placeholder={t("newGoalPlaceholder")}
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
          label={t("targetDate")}
          value={values.targetDate}
          onChange={(event) => setValues({ ...values, targetDate: event.target.value })}
          error={fields.targetDate}
        />
      </div>
      <div>
        <Button type="submit" disabled={create.pending} aria-busy={create.pending || undefined}>
          {create.pending ? <Spinner /> : <Plus aria-hidden />}
          {t("addGoal")}
        </Button>
      </div>
    </form>
  );
}
