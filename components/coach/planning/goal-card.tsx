"use client";

import { CalendarX, Check, Pause, Pencil, Play, Trash2, X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useDeleteGoal, useUpdateGoal } from "@/hooks/use-coach-goals";
import type { Goal } from "./api-types";
import { EditHistory } from "./edit-history";
import { GoalEditForm } from "./goal-edit-form";
import { GoalProgress } from "./goal-progress";
import { formatDay, WITH_YEAR } from "../format-day";
import { isGoalCategory } from "./labels";
import { isPastDay } from "./past-due";

type Status = Goal["status"];

type ActionKey = "complete" | "pause" | "abandon" | "resume";

const ACTIONS: Record<Status, { to: Status; label: ActionKey; icon: typeof Check }[]> = {
  active: [
    { to: "completed", label: "complete", icon: Check },
    { to: "paused", label: "pause", icon: Pause },
    { to: "abandoned", label: "abandon", icon: X },
  ],
  paused: [
    { to: "active", label: "resume", icon: Play },
    { to: "completed", label: "complete", icon: Check },
    { to: "abandoned", label: "abandon", icon: X },
  ],
  completed: [],
  abandoned: [],
};

/** One goal: its details (a target date gone by is flagged while the goal is open), progress, edits
 * and the status moves open to it. */
export function GoalCard({ goal, today }: { goal: Goal; today: string }) {
  const t = useTranslations("CoachPlanning.goals");
  const locale = useLocale();
  // A category the list does not know (set through the API) shows as stored.
  const categoryName = (category: string) => (isGoalCategory(category) ? t(`categories.${category}`) : category);
  const showValue = (field: string, value: string | number) => {
    if (field === "targetDate") return formatDay(String(value), WITH_YEAR, locale);
    if (field === "category") return categoryName(String(value));
    return field === "title" ? `“${value}”` : String(value);
  };
  const fieldLabels = { title: t("title"), category: t("category"), priority: t("priority"), targetDate: t("targetDate") };
  const show = (field: string, value: string | number | null) => (value === null ? t("none") : showValue(field, value));
  const update = useUpdateGoal();
  const remove = useDeleteGoal();
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const final = ACTIONS[goal.status].length === 0;
  const busy = update.isPending || remove.isPending;
  const error = update.error ?? remove.error;
  const overdue = !final && isPastDay(goal.targetDate, today);

  return (
    <article aria-labelledby={`goal-${goal.id}-title`} className="grid gap-4 rounded-lg border border-border bg-card p-4">
      <div className="grid gap-2">
        <h3 id={`goal-${goal.id}-title`} className="font-medium break-words">
          {goal.title}
        </h3>
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          <Badge variant="outline">{categoryName(goal.category)}</Badge>
          <span>{t("priorityValue", { priority: goal.priority })}</span>
          {goal.targetDate ? <span>{t("targetValue", { date: formatDay(goal.targetDate, WITH_YEAR, locale) })}</span> : null}
          {overdue ? (
            <Badge variant="outline" className="border-destructive/50 text-destructive">
              <CalendarX aria-hidden className="size-3" />
              {t("pastTarget")}
            </Badge>
          ) : null}
          {goal.completedAt ? (
            <span>
              {t(goal.status === "completed" ? "completedOn" : "abandonedOn", { date: formatDay(goal.completedAt.slice(0, 10), WITH_YEAR, locale) })}
            </span>
          ) : null}
        </p>
      </div>
      {editing ? (
        <GoalEditForm
          goal={goal}
          busy={busy}
          fieldErrors={update.error?.fields ?? {}}
          onCancel={() => setEditing(false)}
          onSave={(changes) => update.mutate({ id: goal.id, changes }, { onSuccess: () => setEditing(false) })}
        />
      ) : null}
      <GoalProgress
        goalId={goal.id}
        title={goal.title}
        progress={goal.progress}
        disabled={final || busy}
        onSave={(progress) => update.mutate({ id: goal.id, changes: { progress } })}
      />
      {error ? <Alert variant="error">{error.message}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {ACTIONS[goal.status].map(({ to, label, icon: Icon }) => (
          <Button key={to} variant={to === "completed" ? "default" : "outline"} size="sm" disabled={busy} onClick={() => update.mutate({ id: goal.id, changes: { status: to } })}>
            <Icon aria-hidden />
            {t(label)}
            <span className="sr-only"> {goal.title}</span>
          </Button>
        ))}
        {final || editing ? null : (
          <Button variant="ghost" size="sm" disabled={busy} onClick={() => setEditing(true)}>
            <Pencil aria-hidden />
            {t("edit")}<span className="sr-only"> {goal.title}</span>
          </Button>
        )}
        {confirming ? (
          <>
            <Button variant="destructive" size="sm" disabled={busy} onClick={() => remove.mutate(goal.id)}>
              {t("deleteForGood")}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
              {t("keepIt")}
            </Button>
          </>
        ) : (
          <Button variant="ghost" size="sm" disabled={busy} onClick={() => setConfirming(true)}>
            <Trash2 aria-hidden />
            {t("delete")}<span className="sr-only"> {goal.title}</span>
          </Button>
        )}
      </div>
      <EditHistory history={goal.history} labels={fieldLabels} show={show} />
    </article>
  );
}
