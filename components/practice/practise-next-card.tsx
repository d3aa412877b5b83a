import { Target } from "lucide-react";
import { getDb } from "@/lib/db/client";
import { log } from "@/lib/log";
import { suggestNextPractice, type PractiseNext } from "@/lib/practice/progress/practise-next";
import { difficultyLabels, modeLabel, personalityLabels } from "./labels";
import { StartSuggestedCall } from "./start-suggested-call";

/** "Practise this next": a call aimed at the weakest category of the last five, one click to start;
 * rendered on the server. Nothing shows until a call has been scored (there is no weakest category
 * before that), nor when the suggestion cannot be worked out. */
export async function PractiseNextCard({ userId }: { userId: string }) {
  let next: PractiseNext | null = null;
  try {
    next = await suggestNextPractice({ db: await getDb(), userId });
  } catch (err) {
    log.error({ err, userId }, "could not suggest the next practice call");
  }
  if (!next) return null;
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
        <StartSuggestedCall mode={next.mode} personaId={next.persona.id} />
      </div>
    </section>
  );
}
