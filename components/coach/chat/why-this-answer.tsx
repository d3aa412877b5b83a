"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { apiRequest, type ApiError } from "@/hooks/api-request";
import type { ContextUsed } from "@/lib/coach/why/context-used";

type AnswerContext = { contextUsed: ContextUsed | null; engine: string };

type Translator = ReturnType<typeof useTranslations<"Coach.why">>;

function lines(used: ContextUsed, t: Translator): string[] {
  const list = (items: string[], max = 3) =>
    items.length > max ? t("listMore", { items: items.slice(0, max).join("; "), count: items.length - max }) : items.join("; ");
  return [
    used.profile ? t("profile") : "",
    used.goals.length ? t("goals", { list: list(used.goals) }) : "",
    used.actionItems.length ? t("actionItems", { list: list(used.actionItems) }) : "",
    used.upcomingSessions.length ? t("upcomingSessions", { list: list(used.upcomingSessions) }) : "",
    used.dailySummaryDays.length ? t("dailySummaries", { list: list(used.dailySummaryDays, 7) }) : "",
    used.recentConversations ? t("recent", { conversations: used.recentConversations, weeklies: used.weeklySummaries }) : "",
    ...used.memories.map((m) => t("memory", { date: m.createdAt.slice(0, 10), snippet: m.snippet })),
    used.practice ? t("practice") : "",
    used.wellbeing ? t("wellbeing") : "",
    used.playbook.length ? t("playbook", { list: list(used.playbook) }) : "",
  ].filter(Boolean);
}

/** t("summary"): what this answer was built from, fetched when asked. */
export function WhyThisAnswer({ messageId }: { messageId: string }) {
  const t = useTranslations("Coach.why");
  const [open, setOpen] = useState(false);
  const context = useQuery<AnswerContext, ApiError>({
    queryKey: ["coach", "answer-context", messageId],
    queryFn: () => apiRequest<AnswerContext>(`/api/coach/messages/${messageId}/context`),
    enabled: open,
    staleTime: Infinity,
  });
  const used = context.data?.contextUsed;
  return (
    <details className="text-xs text-muted-foreground" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer underline-offset-2 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring">{t("summary")}</summary>
      <div className="mt-1 grid gap-1" aria-live="polite">
        {context.isPending && open ? <p>{t("loading")}</p> : null}
        {context.error ? <p>{t("loadError", { message: context.error.message })}</p> : null}
        {context.data && !used ? <p>{t("older")}</p> : null}
        {used ? (
          <>
            <p>{context.data?.engine === "built-in" ? t("builtInWasGiven") : t("modelWasGiven")}</p>
            <ul className="list-disc pl-4">
              {lines(used, t).map((line) => (
                <li key={line}>{line}</li>
              ))}
              {lines(used, t).length === 0 ? <li>{t("onlyThis")}</li> : null}
            </ul>
          </>
        ) : null}
      </div>
    </details>
  );
}
