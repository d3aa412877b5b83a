import { Target } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { PublicSession } from "./api-types";

const whenFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** The structured session this chat belongs to: its goal, framework and time. */
export function SessionBanner({ session }: { session: PublicSession }) {
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
      </div>
    </section>
  );
}
