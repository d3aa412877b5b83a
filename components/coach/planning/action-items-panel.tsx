"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useActionItems, useGoals } from "@/hooks/use-coach-goals";
import type { ActionItem, Goal } from "./api-types";
import { ActionItemCreateForm } from "./action-item-create-form";
import { ActionItemRow } from "./action-item-row";

const GROUPS: ActionItem["status"][] = ["suggested", "pending", "done", "dismissed"];

/** The create form, then the items grouped by status; `today` (the user's own day) flags overdue ones.
 * The initial lists are what the server read, so the page works before hydration. */
export function ActionItemsPanel({ today, initialItems, initialGoals }: { today: string; initialItems: ActionItem[]; initialGoals: Goal[] }) {
  const t = useTranslations("CoachPlanning.actionItems");
  const items = useActionItems(initialItems);
  const goals = useGoals(initialGoals);
  const goalTitles = new Map((goals.data ?? []).map((goal) => [goal.id, goal.title]));

  return (
    <section aria-labelledby="action-items-heading" className="grid content-start gap-4">
      <h2 id="action-items-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <ActionItemCreateForm goals={goals.data ?? []} />
      {items.error ? (
        <Alert variant="error">
          {items.error.message}{" "}
          <Button variant="link" size="sm" className="h-auto px-0" onClick={() => items.refetch()}>
            {t("tryAgain")}
          </Button>
        </Alert>
      ) : null}
      {items.isPending ? (
        <div role="status" aria-label={t("loading")} className="grid gap-2">
          <Skeleton className="h-16" />
          <Skeleton className="h-16" />
        </div>
      ) : null}
      {items.data?.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-6 text-muted-foreground">
          {t("empty")}
        </p>
      ) : null}
      {GROUPS.map((status) => {
        const hint = status === "suggested" ? t("suggestedHint") : undefined;
        const group = items.data?.filter((item) => item.status === status) ?? [];
        if (group.length === 0) return null;
        const list = (
          <ul aria-labelledby={`action-items-${status}`} className="grid gap-2">
            {group.map((item) => (
              <ActionItemRow key={item.id} item={item} goalTitles={goalTitles} today={today} />
            ))}
          </ul>
        );
        const heading = (
          <>
            {t(`group.${status}`)} <span className="font-normal">({group.length})</span>
          </>
        );
        if (status === "dismissed") {
          return (
            <details key={status} className="grid gap-3">
              <summary id={`action-items-${status}`} className="cursor-pointer text-sm font-semibold tracking-wide text-muted-foreground uppercase">
                {heading}
              </summary>
              <div className="mt-3">{list}</div>
            </details>
          );
        }
        return (
          <section key={status} aria-labelledby={`action-items-${status}`} className="grid gap-3">
            <div className="grid gap-0.5">
              <h3 id={`action-items-${status}`} className="text-sm font-semibold tracking-wide text-muted-foreground uppercase">
                {heading}
              </h3>
              {hint ? <p className="text-sm text-muted-foreground">{hint}</p> : null}
            </div>
            {list}
          </section>
        );
      })}
    </section>
  );
}
