"use client";

import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useCoachProfile, useUpdateCoachProfile } from "@/hooks/use-coach-profile";
import type { CoachProfileView } from "./api-types";

/** Whether the coach may read the user's Practice scores; saved as soon as it is switched. */
export function PracticeSharingToggle({ initial }: { initial: CoachProfileView }) {
  const { data = initial } = useCoachProfile(initial);
  const update = useUpdateCoachProfile();
  const checked = update.isPending ? Boolean(update.variables?.sharePracticeStats) : data.sharePracticeStats;
  return (
    <Card>
      <CardHeader>
        <CardTitle>What else the coach may see</CardTitle>
        <CardDescription>Off by default. The coach says so whenever it uses them.</CardDescription>
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
            <span className="font-medium">My Practice results</span>
            <span className="block text-muted-foreground">Your last five call scores and your weakest category, so the coach can connect them to your goals.</span>
          </span>
        </label>
        {update.error ? <Alert variant="error">Could not save: {update.error.message}</Alert> : null}
      </CardContent>
    </Card>
  );
}
