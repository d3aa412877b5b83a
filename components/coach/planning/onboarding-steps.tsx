import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { GoalDraft } from "./goal-drafts-field";
import type { ProfileDraft } from "./profile-draft";

/** The steps' message keys: `${step}Title` and `${step}Description` under CoachPlanning.onboarding. */
export const STEPS = ["business", "goals", "coach"] as const;

export const EMPTY_DRAFT: ProfileDraft = {
  industry: "",
  stage: "",
  company: "",
  location: "",
  revenueRange: "",
  teamSize: "",
  role: "",
  reportsTo: "",
  directReports: "",
  markets: "",
  keyChallenges: "",
};

/** Which step shows an API field error: profile.* on the first, goals.* on the second, the rest last. */
export function stepOfField(field: string): number {
  if (field.startsWith("profile")) return 0;
  if (field.startsWith("goals")) return 1;
  return 2;
}

export function checkGoals(goals: GoalDraft[], messages: { noGoals: string; noTitle: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (goals.length === 0) errors.goals = messages.noGoals;
  goals.forEach((goal, index) => {
    if (!goal.title.trim()) errors[`goals.${index}.title`] = messages.noTitle;
  });
  return errors;
}

/** "Step 2 of 3" and the three steps, done ones ticked, the current one marked for screen readers. */
export function OnboardingProgress({ step }: { step: number }) {
  const t = useTranslations("CoachPlanning.onboarding");
  return (
    <div className="grid gap-3">
      <p className="text-sm font-medium text-muted-foreground" aria-live="polite">
        {t("stepOf", { step: step + 1, total: STEPS.length })}
      </p>
      <ol aria-label={t("stepsLabel")} className="grid grid-cols-3 gap-2">
        {STEPS.map((s, index) => (
          <li key={s} aria-current={index === step ? "step" : undefined} className="grid gap-2">
            <span className={cn("h-1.5 rounded-full", index <= step ? "bg-primary" : "bg-muted")} />
            <span className={cn("flex items-center gap-1 text-xs sm:text-sm", index === step ? "font-medium text-foreground" : "text-muted-foreground")}>
              {index < step ? <Check aria-hidden className="size-3.5 text-primary" /> : null}
              {t(`${s}Title`)}
              {index < step ? <span className="sr-only">{t("done")}</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
