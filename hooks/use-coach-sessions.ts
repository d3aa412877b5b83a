"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { completeSessionAction, updateSessionAction } from "@/app/(app)/coach/sessions/actions";
import type { CompletedSession, Session, SessionCreate, SessionList } from "@/components/coach/planning/api-types";
import { runAction } from "./action-result";
import { apiRequest, type ApiError } from "./api-request";
import { actionItemsKey } from "./use-coach-goals";

export const sessionsKey = ["coach", "sessions"] as const;

/** Upcoming and past sessions, seeded with what the page already rendered on the server. */
export function useSessions(initialData?: SessionList) {
  return useQuery<SessionList, ApiError>({
    queryKey: sessionsKey,
    queryFn: () => apiRequest<SessionList>("/api/coach/sessions"),
    initialData,
  });
}

export function useUpdateSession() {
  const queryClient = useQueryClient();
  return useMutation<Session, ApiError, { id: string; changes: Partial<SessionCreate> | { status: "cancelled" } }>({
    mutationFn: (input) => runAction(() => updateSessionAction(input)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

/** Completing a session also creates suggested action items, so both lists are refetched. The
 * session list is refetched only by `refreshSessions` once its outcome has been read: refetching at
 * once would move the session to "past" and unmount the dialog showing that outcome. */
export function useCompleteSession() {
  const queryClient = useQueryClient();
  const refreshSessions = () => void queryClient.invalidateQueries({ queryKey: sessionsKey });
  const mutation = useMutation<CompletedSession, ApiError, { id: string; rating: number }>({
    mutationFn: (input) => runAction(() => completeSessionAction(input)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: actionItemsKey }),
    onError: refreshSessions,
  });
  return { ...mutation, refreshSessions };
}
