"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CompletedSession, Session, SessionCreate, SessionList } from "@/components/coach/planning/api-types";
import { apiRequest, type ApiError } from "./api-request";
import { actionItemsKey } from "./use-coach-goals";

export const sessionsKey = ["coach", "sessions"] as const;

export function useSessions() {
  return useQuery<SessionList, ApiError>({
    queryKey: sessionsKey,
    queryFn: () => apiRequest<SessionList>("/api/coach/sessions"),
  });
}

export function useScheduleSession() {
  const queryClient = useQueryClient();
  return useMutation<Session, ApiError, SessionCreate>({
    mutationFn: (input) => apiRequest<Session>("/api/coach/sessions", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useUpdateSession() {
  const queryClient = useQueryClient();
  return useMutation<Session, ApiError, { id: string; changes: Partial<SessionCreate> | { status: "cancelled" } }>({
    mutationFn: ({ id, changes }) => apiRequest<Session>(`/api/coach/sessions/${id}`, { method: "PATCH", body: changes }),
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
    mutationFn: ({ id, rating }) => apiRequest<CompletedSession>(`/api/coach/sessions/${id}/complete`, { method: "POST", body: { rating } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: actionItemsKey }),
    onError: refreshSessions,
  });
  return { ...mutation, refreshSessions };
}
