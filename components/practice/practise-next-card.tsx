"use client";

import { Target } from "lucide-react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useCreateCall } from "@/hooks/use-practice-call";
import { usePracticeStats } from "@/hooks/use-practice-history";
import { difficultyLabels, modeLabel, personalityLabels } from "./labels";

/** "Practise this next": a call aimed at the weakest category of the last five, one click to start.
 * Nothing shows until a call has been scored (there is no weakest category before that). */
export function PractiseNextCard() {
  const router = useRouter();
  const stats = usePracticeStats();
  const createCall = useCreateCall();
  const next = stats.data?.practiseNext;
  if (!next) return null;
  const starting = createCall.isPending || createCall.isSuccess;

  function start() {
    if (!next) return;
    createCall.mutate({ mode: next.mode, personaId: next.persona.id }, { onSuccess: (call) => router.push(`/practice/calls/${call.id}`) });
  }

  return (
    <section aria-labelledby="practise-next-heading" className="grid gap-3 rounded-lg border border-primary/40 bg-card p-4">
      <h2 id="practise-next-heading" className="flex items-center gap-2 text-lg font-semibold">
        <Target aria-hidden className="size-5 text-primary" />
        Practise this next
      </h2>
      <p className="text-sm text-muted-foreground">{next.reason}</p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm">
          <strong>{modeLabel(next.mode)}</strong> with <strong>{next.persona.name}</strong>, {next.persona.role} ·{" "}
          {personalityLabels[next.persona.personality]}, {difficultyLabels[next.persona.difficulty].toLowerCase()}
        </p>
        <Button onClick={start} disabled={starting}>
          {starting ? <Spinner /> : null}
          Start this call
        </Button>
      </div>
      {createCall.error ? <Alert variant="error">Could not start the call: {createCall.error.message}</Alert> : null}
    </section>
  );
}
