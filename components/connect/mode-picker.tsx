"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRequestMatch } from "@/hooks/use-connect";

const MODES = ["similar", "uplift"] as const;

/** Step 3: pick a mode and look; "waiting" when nobody fits yet (a later clip will find you). */
export function ModePicker({ clipId, onMatch }: { clipId: string; onMatch: (matchId: string) => void }) {
  const t = useTranslations("Connect");
  const [mode, setMode] = useState<"similar" | "uplift">("similar");
  const find = useRequestMatch();
  const waiting = find.data && "status" in find.data && find.data.status === "waiting";
  return (
    <form
      className="grid gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        find.mutate({ clipId, mode }, { onSuccess: (result) => ("id" in result ? onMatch(result.id) : undefined) });
      }}
    >
      <fieldset className="grid gap-2">
        <legend className="mb-1 font-medium">{t("whoTalk")}</legend>
        {MODES.map((option) => (
          <label key={option} className="flex items-center gap-2 text-sm">
            <input type="radio" name="mode" value={option} checked={mode === option} onChange={() => setMode(option)} />
            {t(`modeChoice.${option}`)}
          </label>
        ))}
      </fieldset>
      {waiting ? (
        <Alert>{t("nobodyFits")}</Alert>
      ) : null}
      {find.error ? <Alert variant="error">{find.error.message}</Alert> : null}
      <div>
        <Button type="submit" disabled={find.isPending}>
          {find.isPending ? t("looking") : waiting ? t("lookAgain") : t("findSomeone")}
        </Button>
      </div>
    </form>
  );
}
