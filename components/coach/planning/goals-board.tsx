"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useGoals } from "@/hooks/use-coach-goals";
import type { Goal } from "./api-types";
import { GoalCard } from "./goal-card";
import { GoalCreateForm } from "./goal-create-form";

const GROUPS: Goal["status"][] = ["active", "paused", "completed", "abandoned"];

/** The create form, then the goals grouped by status (empty groups are left out). `today` is the
 * user's own day, for flagging target dates gone by; `initialGoals` is what the server read. */
export function GoalsBoard({ today, initialGoals }: { today: string; initialGoals: Goal[] }) {
  const t = useTranslations("CoachPlanning.goals");
  const goals = useGoals(initialGoals);
  return (
    <section aria-labelledby="goals-heading" className="grid content-start gap-4">
      <h2 id="goals-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <GoalCreateForm />
      {goals.error ? (
        <Alert variant="error">
          {goals.error.message}{" "}
          <Button variant="link" size="sm" className="h-auto px-0" onClick={() => goals.refetch()}>
            {t("tryAgain")}
          </Button>
        </Alert>
      ) : null}
      {goals.isPending ? (
        <div role="status" aria-label={t("loading")} className="grid gap-3">
          <Skeleton className="h-36" />
          <Skeleton className="h-36" />
        </div>
      ) : null}
      {goals.data?.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-6 text-muted-foreground">
          {t("empty")}
        </p>
      ) : null}
      {GROUPS.map((status) => {
        const group = goals.data?.filter((goal) => goal.status === status) ?? [];
        if (group.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`goals-${status}`} className="grid gap-3">
            <h3 id={`goals-${status}`} className="text-sm font-semibold tracking-wide text-muted-foreground uppercase">
              {t(`group.${status}`)} <span className="font-normal">({group.length})</span>
            </h3>
            <ul className="grid gap-3">
              {group.map((goal) => (
                <li key={goal.id}>
                  <GoalCard goal={goal} today={today} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
