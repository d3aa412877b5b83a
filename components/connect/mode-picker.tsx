"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRequestMatch } from "@/hooks/use-connect";

const MODES = [
  { value: "similar", label: "Someone who feels the same" },
  { value: "uplift", label: "Someone whose mood could lift mine" },
] as const;

/** Step 3: pick a mode and look; "waiting" when nobody fits yet (a later clip will find you). */
export function ModePicker({ clipId, onMatch }: { clipId: string; onMatch: (matchId: string) => void }) {
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
        <legend className="mb-1 font-medium">Who would you like to talk to?</legend>
        {MODES.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="mode" value={option.value} checked={mode === option.value} onChange={() => setMode(option.value)} />
            {option.label}
          </label>
        ))}
      </fieldset>
      {waiting ? (
        <Alert>Nobody fits right now. Keep this page open or come back: when someone who fits records a clip, we will match you and send a notification.</Alert>
      ) : null}
      {find.error ? <Alert variant="error">{find.error.message}</Alert> : null}
      <div>
        <Button type="submit" disabled={find.isPending}>
          {find.isPending ? "Looking…" : waiting ? "Look again" : "Find someone"}
        </Button>
      </div>
    </form>
  );
}
