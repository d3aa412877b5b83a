"use client";

import { Check, Pencil, Trash2, X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { useDeleteActionItem, useUpdateActionItem } from "@/hooks/use-coach-goals";
import type { ActionItem } from "./api-types";
import { ActionItemEditForm } from "./action-item-edit-form";
import { EditHistory } from "./edit-history";
import { formatDay, WITH_YEAR } from "../format-day";
import { isPastDay } from "./past-due";

type Props = { item: ActionItem; goalTitles: Map<string, string>; today: string };

/** One action item: suggestions get Confirm / Dismiss; the rest a done checkbox (uncheck to undo).
 * Open items can be edited, and one due before `today` is flagged. */
export function ActionItemRow({ item, goalTitles, today }: Props) {
  const t = useTranslations("CoachPlanning.actionItems");
  const locale = useLocale();
  const fieldLabels = { text: t("fieldText"), dueDate: t("fieldDueDate"), goalId: t("goal") };
  const [editing, setEditing] = useState(false);
  const goalTitle = item.goalId ? goalTitles.get(item.goalId) : undefined;
  const show = (field: string, value: string | number | null) => {
    if (value === null) return field === "goalId" ? t("noGoal") : t("none");
    if (field === "dueDate") return formatDay(String(value), WITH_YEAR, locale);
    if (field === "goalId") return t("quotedValue", { value: goalTitles.get(String(value)) ?? t("deletedGoal") });
    return t("quotedValue", { value });
  };
  const update = useUpdateActionItem();
  const remove = useDeleteActionItem();
  const busy = update.isPending || remove.isPending;
  const error = update.error ?? remove.error;
  const setStatus = (status: ActionItem["status"]) => update.mutate({ id: item.id, changes: { status } });
  const checkboxId = `action-item-${item.id}`;
  const suggested = item.status === "suggested";
  const checkable = item.status === "pending" || item.status === "done";
  const open = item.status === "pending" || suggested;
  const overdue = open && isPastDay(item.dueDate, today);

  return (
    <li className="grid gap-2 rounded-lg border border-border bg-card p-3">
      <div className="flex items-start gap-3">
        {checkable ? (
          <input
            id={checkboxId}
            type="checkbox"
            checked={item.status === "done"}
            disabled={busy}
            onChange={(event) => setStatus(event.target.checked ? "done" : "pending")}
            className="mt-1 size-4 shrink-0 accent-primary outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2"
          />
        ) : null}
        <div className="grid min-w-0 flex-1 gap-1">
          {checkable ? (
            <label htmlFor={checkboxId} className={cn("break-words", item.status === "done" && "text-muted-foreground line-through")}>
              {item.text}
            </label>
          ) : (
            <p className="break-words">{item.text}</p>
          )}
          <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted-foreground">
            {item.dueDate ? <span>{t("dueValue", { date: formatDay(item.dueDate, WITH_YEAR, locale) })}</span> : null}
            {overdue ? (
              <Badge variant="outline" className="border-destructive/50 text-destructive">
                {t("overdue")}
              </Badge>
            ) : null}
            {goalTitle ? <span>{t("goalValue", { title: goalTitle })}</span> : null}
            <span>{t(`source.${item.source}`)}</span>
          </p>
        </div>
        {open && !editing ? (
          <Button variant="ghost" size="icon" className="size-8" disabled={busy} aria-label={t("editLabel", { text: item.text })} onClick={() => setEditing(true)}>
            <Pencil aria-hidden />
          </Button>
        ) : null}
        {suggested ? null : (
          <Button variant="ghost" size="icon" className="size-8" disabled={busy} aria-label={t("deleteLabel", { text: item.text })} onClick={() => remove.mutate(item.id)}>
            <Trash2 aria-hidden />
          </Button>
        )}
      </div>
      {editing ? (
        <ActionItemEditForm
          item={item}
          busy={busy}
          fieldErrors={update.error?.fields ?? {}}
          onCancel={() => setEditing(false)}
          onSave={(changes) => update.mutate({ id: item.id, changes }, { onSuccess: () => setEditing(false) })}
        />
      ) : null}
      {suggested ? (
        <div className="flex flex-wrap gap-2">
          <Button size="sm" disabled={busy} onClick={() => setStatus("pending")}>
            <Check aria-hidden />
            {t("confirm")}<span className="sr-only">{t("quoted", { text: item.text })}</span>
          </Button>
          <Button size="sm" variant="outline" disabled={busy} onClick={() => setStatus("dismissed")}>
            <X aria-hidden />
            {t("dismiss")}<span className="sr-only">{t("quoted", { text: item.text })}</span>
          </Button>
        </div>
      ) : null}
      {item.status === "pending" ? (
        <div>
          <Button size="sm" variant="ghost" className="h-8 px-2 text-muted-foreground" disabled={busy} onClick={() => setStatus("dismissed")}>
            {t("dismiss")}<span className="sr-only">{t("quoted", { text: item.text })}</span>
          </Button>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error.message}
        </p>
      ) : null}
      <EditHistory history={item.history} labels={fieldLabels} show={show} />
    </li>
  );
}
