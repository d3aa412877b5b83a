import { Target } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { CarriedCommitments, CommitmentStatus } from "@/lib/coach/carry-forward/carried-commitments";
import type { PublicSession } from "./api-types";

const statusLabels: Record<CommitmentStatus, string> = { overdue: "Overdue", pending: "Open", done: "Done" };

const whenFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** The structured session this chat belongs to: its goal, framework and time, and the agenda it opens
 * with — the last session's commitments, overdue first. */
export function SessionBanner({ session, agenda = null }: { session: PublicSession; agenda?: CarriedCommitments | null }) {
  return (
    <section aria-label="Structured session" className="flex flex-wrap items-start gap-3 rounded-lg border border-border bg-card p-3">
      <Target aria-hidden className="mt-0.5 size-5 shrink-0 text-primary" />
      <div className="grid min-w-0 gap-1">
        <p className="text-sm font-semibold break-words">{session.goal}</p>
        <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
          <Badge variant="outline">{session.framework}</Badge>
          {session.durationMinutes} minutes · {whenFormat.format(new Date(session.scheduledFor))}
          {session.status === "completed" || session.status === "cancelled" ? ` · ${session.status}` : null}
        </p>
        {agenda?.from && agenda.items.length ? (
          <div className="grid gap-1 pt-1">
            <p className="text-xs font-medium">Agenda: from your last session ({agenda.from.goal})</p>
            <ul aria-label="Commitments from your last session" className="grid gap-1 text-sm">
              {agenda.items.map((item) => (
                <li key={item.id} className="flex flex-wrap items-center gap-2">
                  <Badge variant="outline" className={item.status === "overdue" ? "border-destructive text-destructive" : undefined}>
                    {statusLabels[item.status]}
                  </Badge>
                  <span className="break-words">{item.text}</span>
                  {item.dueDate ? <span className="text-xs text-muted-foreground">due {item.dueDate}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
