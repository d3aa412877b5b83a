"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Check, ListTodo, X } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { conversationKey } from "@/hooks/use-coach-conversations";
import { useUpdateActionItem } from "@/hooks/use-coach-goals";
import type { SuggestedActionItem } from "./api-types";

/** Commitments the coach heard in this conversation, waiting for the user to confirm or dismiss. */
export function SuggestedActions({ conversationId, items }: { conversationId: string; items: SuggestedActionItem[] }) {
  const t = useTranslations("Coach.chat");
  const format = useFormatter();
  const queryClient = useQueryClient();
  const update = useUpdateActionItem();
  const suggested = items.filter((item) => item.status === "suggested");
  if (suggested.length === 0) return null;

  function decide(id: string, status: "pending" | "dismissed") {
    update.mutate({ id, changes: { status } }, { onSettled: () => queryClient.invalidateQueries({ queryKey: conversationKey(conversationId) }) });
  }

  return (
    <section aria-labelledby="suggested-actions-heading" className="grid gap-2 rounded-lg border border-border bg-card p-3">
      <h2 id="suggested-actions-heading" className="flex items-center gap-2 text-sm font-semibold">
        <ListTodo aria-hidden className="size-4" />
        {t("heardItems")}
      </h2>
      {update.error ? <Alert variant="error">{update.error.message}</Alert> : null}
      <ul className="grid gap-2">
        {suggested.map((item) => {
          const pending = update.isPending && update.variables?.id === item.id;
          return (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <span className="min-w-0 break-words">
                {item.text}
                {item.dueDate ? <span className="text-muted-foreground">
                    {" · "}
                    {t("due", { date: format.dateTime(new Date(`${item.dueDate}T00:00:00Z`), { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }) })}
                  </span> : null}
              </span>
              <span className="flex gap-2">
                <Button size="sm" disabled={pending} onClick={() => decide(item.id, "pending")} aria-label={t("confirmLabel", { text: item.text })}>
                  <Check aria-hidden />
                  {t("confirm")}
                </Button>
                <Button size="sm" variant="outline" disabled={pending} onClick={() => decide(item.id, "dismissed")} aria-label={t("dismissLabel", { text: item.text })}>
                  <X aria-hidden />
                  {t("dismiss")}
                </Button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
