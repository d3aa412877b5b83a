import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { WeeklySummary } from "./api-types";

function ListSection({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="grid gap-1 text-sm">
      <h4 className="font-medium">{title}</h4>
      <ul className="list-disc pl-5 text-muted-foreground">
        {items.map((item) => (
          <li key={item} className="break-words">
            {item}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The week rolled up: how it went, each goal's progress, and its decisions, wins and challenges. */
export function WeeklyCard({ weekly }: { weekly: WeeklySummary }) {
  const t = useTranslations("Coach");
  return (
    <div className="grid gap-4 rounded-lg border border-primary/30 bg-accent/40 p-4 sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-medium">
          {t("weekInReview", { count: weekly.dayCount })}
        </p>
        {weekly.offline ? <Badge variant="outline">{t("offlineSummary")}</Badge> : null}
      </div>
      <p className="text-sm leading-relaxed break-words">{weekly.progressNotes}</p>
      {weekly.goalsProgress.length ? (
        <div className="grid gap-2">
          <h4 className="text-sm font-medium">{t("goals")}</h4>
          <ul className="grid gap-3">
            {weekly.goalsProgress.map((goal) => (
              <li key={goal.goalId} className="grid gap-1 text-sm">
                <div className="flex items-center justify-between gap-3">
                  <span className="font-medium break-words">{goal.title}</span>
                  <span className="tabular-nums text-muted-foreground">{goal.progress}%</span>
                </div>
                <div
                  role="progressbar"
                  aria-label={t("goalProgress", { title: goal.title })}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={goal.progress}
                  className="h-1.5 overflow-hidden rounded-full bg-muted"
                >
                  <div className="h-full rounded-full bg-primary" style={{ width: `${goal.progress}%` }} />
                </div>
                <p className="text-muted-foreground break-words">{goal.note}</p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <ListSection title={t("wins")} items={weekly.wins} />
        <ListSection title={t("challenges")} items={weekly.challenges} />
        <ListSection title={t("decisions")} items={weekly.keyDecisions} />
      </div>
    </div>
  );
}
