"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { apiRequest, type ApiError } from "@/hooks/api-request";
import type { ContextUsed } from "@/lib/coach/why/context-used";

type AnswerContext = { contextUsed: ContextUsed | null; engine: string };

const list = (items: string[], max = 3) => (items.length > max ? `${items.slice(0, max).join("; ")} and ${items.length - max} more` : items.join("; "));

function lines(used: ContextUsed): string[] {
  return [
    used.profile ? "Your business profile" : "",
    used.goals.length ? `Your goals: ${list(used.goals)}` : "",
    used.actionItems.length ? `Pending action items: ${list(used.actionItems)}` : "",
    used.upcomingSessions.length ? `Upcoming sessions: ${list(used.upcomingSessions)}` : "",
    used.dailySummaryDays.length ? `Daily summaries of ${list(used.dailySummaryDays, 7)}` : "",
    used.recentConversations ? `${used.recentConversations} recent conversations and ${used.weeklySummaries} weekly summaries` : "",
    ...used.memories.map((m) => `Something you said on ${m.createdAt.slice(0, 10)}: “${m.snippet}”`),
    used.practice ? "Your Practice results (you share them on the coach profile)" : "",
    used.wellbeing ? "Your week's mood (you share it in Wellbeing settings)" : "",
    used.playbook.length ? `The built-in playbook: ${list(used.playbook)}` : "",
  ].filter(Boolean);
}

/** "Why did you say that?": what this answer was built from, fetched when asked. */
export function WhyThisAnswer({ messageId }: { messageId: string }) {
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
      <summary className="cursor-pointer underline-offset-2 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring">Why did you say that?</summary>
      <div className="mt-1 grid gap-1" aria-live="polite">
        {context.isPending && open ? <p>Loading…</p> : null}
        {context.error ? <p>Could not load it: {context.error.message}</p> : null}
        {context.data && !used ? <p>This answer is older than the record of what answers are built from.</p> : null}
        {used ? (
          <>
            <p>{context.data?.engine === "built-in" ? "The built-in coach" : "The model"} was given:</p>
            <ul className="list-disc pl-4">
              {lines(used).map((line) => (
                <li key={line}>{line}</li>
              ))}
              {lines(used).length === 0 ? <li>Only this conversation.</li> : null}
            </ul>
          </>
        ) : null}
      </div>
    </details>
  );
}
