"use client";

import { MessageSquarePlus } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import { useCoachConversations } from "@/hooks/use-coach-conversations";

type Props = { activeId: string | null; onSelect: (id: string) => void; onNew: () => void; disabled: boolean };

/** Past conversations, newest first; pick one to read it (and carry on if it is still live). */
export function ConversationList({ activeId, onSelect, onNew, disabled }: Props) {
  const t = useTranslations("Coach.chat");
  const format = useFormatter();
  const [page, setPage] = useState(1);
  const list = useCoachConversations(page);
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;

  return (
    <nav aria-label={t("conversations")} className="grid content-start gap-3">
      <Button variant="outline" onClick={onNew} disabled={disabled}>
        <MessageSquarePlus aria-hidden />
        {t("newConversation")}
      </Button>
      {list.error ? (
        <Alert variant="error">
          {t("listError")}{" "}
          <Button variant="link" size="sm" className="h-auto p-0" onClick={() => void list.refetch()}>
            {t("retry")}
          </Button>
        </Alert>
      ) : null}
      {list.isPending ? (
        <div role="status" aria-label={t("loadingConversations")} className="grid gap-2">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-12" />
          ))}
        </div>
      ) : null}
      {list.data?.conversations.length === 0 ? <p className="text-sm text-muted-foreground">{t("noConversations")}</p> : null}
      <ul className="grid gap-1">
        {list.data?.conversations.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              disabled={disabled}
              aria-current={c.id === activeId ? "true" : undefined}
              onClick={() => onSelect(c.id)}
              className={cn(
                "grid w-full gap-0.5 rounded-md px-3 py-2 text-left text-sm outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-50",
                c.id === activeId && "bg-accent text-accent-foreground",
              )}
            >
              <span className="line-clamp-2 break-words font-medium">{c.title || t("checkIn")}</span>
              <span className="text-xs text-muted-foreground">
                {format.dateTime(new Date(c.lastMessageAt), { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })} ·{" "}
                {c.sessionType === "structured" ? t("session") : t("checkIn")}
                {c.status === "active" ? t("live") : t("ended")}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {pages > 1 ? (
        <div className="flex items-center justify-between gap-2 text-xs text-muted-foreground">
          <Button variant="ghost" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t("newer")}
          </Button>
          <span>
            {t("pageOf", { page, pages })}
          </span>
          <Button variant="ghost" size="sm" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {t("older")}
          </Button>
        </div>
      ) : null}
    </nav>
  );
}
