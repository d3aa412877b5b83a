"use client";

import { useTranslations } from "next-intl";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { GoalInput } from "./api-types";
import { GoalCategoryField, GoalPriorityField } from "./goal-choice-fields";

export type GoalDraft = { key: number; title: string; category: string; priority: number; targetDate: string };

export const MAX_FIRST_GOALS = 10;

export function newGoalDraft(key: number): GoalDraft {
  return { key, title: "", category: "general", priority: 3, targetDate: "" };
}

export function goalInputOf(draft: GoalDraft): GoalInput {
  return { title: draft.title.trim(), category: draft.category, priority: draft.priority, targetDate: draft.targetDate || null };
}

type Props = {
  goals: GoalDraft[];
  errors: Record<string, string>;
  onChange: (goals: GoalDraft[]) => void;
  nextKey: () => number;
};

/** Editable rows of first goals: title, category, priority and target date. Errors are keyed like
 * the API's ("goals.0.title"). */
export function GoalDraftsField({ goals, errors, onChange, nextKey }: Props) {
  const t = useTranslations("CoachPlanning.goalDrafts");
  const update = (key: number, changes: Partial<GoalDraft>) => onChange(goals.map((g) => (g.key === key ? { ...g, ...changes } : g)));
  return (
    <div className="grid gap-4">
      <ol className="grid gap-4">
        {goals.map((goal, index) => {
          const id = (field: string) => `onboarding-goal-${goal.key}-${field}`;
          const error = (field: string) => errors[`goals.${index}.${field}`];
          return (
            <li key={goal.key} className="grid gap-4 rounded-lg border border-border p-4 sm:grid-cols-[1fr_7rem_10rem_auto] sm:items-start">
              <div className="grid gap-2 sm:col-span-4">
                <Label htmlFor={id("title")}>{t("goal", { number: index + 1 })}</Label>
                <Input
                  id={id("title")}
                  name={`goals.${index}.title`}
                  value={goal.title}
                  maxLength={200}
                  placeholder={t("placeholder")}
                  onChange={(event) => update(goal.key, { title: event.target.value })}
                  aria-invalid={error("title") ? true : undefined}
                  aria-describedby={error("title") ? `${id("title")}-error` : undefined}
                />
                <FieldError id={`${id("title")}-error`} message={error("title")} />
              </div>
              <GoalCategoryField id={id("category")} value={goal.category} onChange={(category) => update(goal.key, { category })} />
              <GoalPriorityField id={id("priority")} value={goal.priority} onChange={(priority) => update(goal.key, { priority })} />
              <div className="grid gap-2">
                <Label htmlFor={id("targetDate")}>{t("targetDate")}</Label>
                <Input
                  id={id("targetDate")}
                  type="date"
                  value={goal.targetDate}
                  onChange={(event) => update(goal.key, { targetDate: event.target.value })}
                  aria-invalid={error("targetDate") ? true : undefined}
                  aria-describedby={error("targetDate") ? `${id("targetDate")}-error` : undefined}
                />
                <FieldError id={`${id("targetDate")}-error`} message={error("targetDate")} />
              </div>
              <div className="sm:pt-6">
                <Button
                  variant="ghost"
                  size="icon"
                  aria-label={t("remove", { number: index + 1 })}
                  disabled={goals.length === 1}
                  onClick={() => onChange(goals.filter((g) => g.key !== goal.key))}
                >
                  <Trash2 aria-hidden />
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <FieldError id="onboarding-goals-error" message={errors.goals} />
      <div>
        <Button variant="outline" size="sm" disabled={goals.length >= MAX_FIRST_GOALS} onClick={() => onChange([...goals, newGoalDraft(nextKey())])}>
          <Plus aria-hidden />
          {t("add")}
        </Button>
      </div>
    </div>
  );
}
