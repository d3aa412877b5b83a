import { Target } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { CarriedCommitments } from "@/lib/coach/carry-forward/carried-commitments";
import type { PublicSession } from "./api-types";

/** The structured session this chat belongs to: its goal, framework and time, and the agenda it opens
 * with — the last session's commitments, overdue first. */
export function SessionBanner({ session, agenda = null }: { session: PublicSession; agenda?: CarriedCommitments | null }) {
  const t = useTranslations("Coach.chat");
  const format = useFormatter();
  return (
    <section aria-label={t("structuredSession")} className="flex flex-wrap items-start gap-3 rounded-lg border border-border bg-card p-3">
      <Target aria-hidden className="mt-0.5 size-5 shrink-0 text-primary" />
      <div className="grid min-w-0 gap-1">
        <p className="text-sm font-semibold break-words">{session.goal}</p>
        <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
          <Badge variant="outline">{session.framework}</Badge>
          {t("sessionWhen", {
            minutes: session.durationMinutes,
            when: format.dateTime(new Date(session.scheduledFor), { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }),
          })}
          {session.status === "completed" || session.status === "cancelled" ? ` · ${t(`sessionStatus.${session.status}`)}` : null}
        </p>
        {agenda?.from && agenda.items.length ? (
          <div className="grid gap-1 pt-1">
            <p className="text-xs font-medium">{t("agendaFrom", { goal: agenda.from.goal })}</p>
            <ul aria-label={t("lastCommitments")} className="grid gap-1 text-sm">
              {agenda.items.map((item) => (
                <li key={item.id} className="flex flex-wrap items-center gap-2">
                  <Badge variant="outline" className={item.status === "overdue" ? "border-destructive text-destructive" : undefined}>
                    {t(`commitment.${item.status}`)}
                  </Badge>
                  <span className="break-words">{item.text}</span>
                  {item.dueDate ? <span className="text-xs text-muted-foreground">{t("due", { date: item.dueDate })}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
