"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useCoachProfile, useUpdateCoachProfile } from "@/hooks/use-coach-profile";
import type { CoachProfileView } from "./api-types";

/** Whether the coach may read the user's Practice scores; saved as soon as it is switched. */
export function PracticeSharingToggle({ initial }: { initial: CoachProfileView }) {
  const t = useTranslations("CoachPlanning.sharing");
  const { data = initial } = useCoachProfile(initial);
  const update = useUpdateCoachProfile();
  const checked = update.isPending ? Boolean(update.variables?.sharePracticeStats) : data.sharePracticeStats;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <label className="flex items-start gap-3 text-sm">
          <input
            type="checkbox"
            role="switch"
            className="mt-0.5 size-4 accent-primary"
            checked={checked}
            disabled={update.isPending}
            onChange={(event) => update.mutate({ sharePracticeStats: event.target.checked })}
          />
          <span>
            <span className="font-medium">{t("practice")}</span>
            <span className="block text-muted-foreground">{t("practiceHint")}</span>
          </span>
        </label>
        {update.error ? <Alert variant="error">{t("saveFailed", { message: update.error.message })}</Alert> : null}
      </CardContent>
    </Card>
  );
}
