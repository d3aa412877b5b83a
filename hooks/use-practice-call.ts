"use client";

import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { CallDetail, EndedCall, PublicCall, ScoreState, StartedCall } from "@/components/practice/api-types";
import type { TranscriptFormat } from "@/lib/practice/import/parse-transcript";
import { TOO_SHORT_MESSAGE } from "@/lib/practice/rubric/too-short";
import type { CallMode, RubricCategory } from "@/lib/practice/types";
import { ApiError, apiRequest, networkError, toApiError } from "./api-request";

export const callQueryKey = (callId: string) => ["practice", "call", callId] as const;

/** Changes the cached call detail in place (no-op before it has loaded). */
export function updateCallDetail(queryClient: QueryClient, callId: string, change: (detail: CallDetail) => CallDetail) {
  queryClient.setQueryData<CallDetail>(callQueryKey(callId), (detail) => (detail ? change(detail) : detail));
}

/** GET /api/calls/:id, starting from the server's copy when the page rendered it. While the deep
 * score is pending it is also polled, in case realtime is down. */
export function useCallDetail(callId: string, initialDetail?: CallDetail) {
  return useQuery<CallDetail, ApiError>({
    queryKey: callQueryKey(callId),
    queryFn: () => apiRequest<CallDetail>(`/api/calls/${callId}`),
    initialData: initialDetail,
    refetchInterval: (query) => (query.state.data?.score?.status === "pending" ? 5_000 : false),
  });
}

export function useCreateCall() {
  return useMutation<PublicCall, ApiError, { mode: CallMode; personaId: string }>({
    mutationFn: (input) => apiRequest<PublicCall>("/api/calls", { method: "POST", body: input }),
  });
}

/** POST /api/calls/start, then the detail is refetched (it now holds the persona's first line). */
export function useStartCall(callId: string) {
  const queryClient = useQueryClient();
  return useMutation<StartedCall, ApiError, void>({
    mutationFn: () => apiRequest<StartedCall>("/api/calls/start", { method: "POST", body: { callId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: callQueryKey(callId) }),
  });
}

/** POST /api/calls/:id/end. A 409 means it had already ended; its details carry the same result. */
async function endCall(callId: string): Promise<EndedCall> {
  let res: Response;
  try {
    res = await fetch(`/api/calls/${callId}/end`, { method: "POST", credentials: "same-origin" });
  } catch {
    throw networkError();
  }
  if (res.ok) return (await res.json()) as EndedCall;
  if (res.status === 409) {
    const body = (await res.clone().json().catch(() => null)) as { error?: { details?: Partial<EndedCall> } } | null;
    const details = body?.error?.details;
    if (details?.call) return { call: details.call, quickScore: details.quickScore ?? null, tooShort: !details.quickScore };
  }
  throw await toApiError(res);
}


export function useEndCall(callId: string) {
  const queryClient = useQueryClient();
  return useMutation<EndedCall, ApiError, void>({
    mutationFn: () => endCall(callId),
    onSuccess: ({ call, quickScore, tooShort }) => {
      updateCallDetail(queryClient, callId, (detail) => ({
        ...detail,
        call: { ...call, quickScore },
        score: tooShort ? { status: "too_short", message: TOO_SHORT_MESSAGE } : detail.score?.status === "ready" ? detail.score : { status: "pending" },
      }));
      void queryClient.invalidateQueries({ queryKey: ["practice", "stats"] });
      void queryClient.invalidateQueries({ queryKey: ["practice", "calls"] });
    },
  });
}

/** POST /api/calls/:id/score after a failure: back to "Scoring…" until score.ready arrives. */
export function useRetryScore(callId: string) {
  const queryClient = useQueryClient();
  return useMutation<ScoreState, ApiError, void>({
    mutationFn: () => apiRequest<ScoreState>(`/api/calls/${callId}/score`, { method: "POST" }),
    onSuccess: () => updateCallDetail(queryClient, callId, (detail) => ({ ...detail, score: { status: "pending" } })),
  });
}

export type CallDetailsChange = { title?: string | null; notes?: string | null };

/** PATCH /api/calls/:id: the title or notes, written into the cached detail and the history. */
export function useUpdateCall(callId: string) {
  const queryClient = useQueryClient();
  return useMutation<PublicCall, ApiError, CallDetailsChange>({
    mutationFn: (change) => apiRequest<PublicCall>(`/api/calls/${callId}`, { method: "PATCH", body: change }),
    onSuccess: (call) => {
      updateCallDetail(queryClient, callId, (detail) => ({ ...detail, call: { ...detail.call, title: call.title, notes: call.notes } }));
      void queryClient.invalidateQueries({ queryKey: ["practice", "calls"] });
    },
  });
}

type DisputeResult = { dispute: CallDetail["disputes"][number]; overallScore: number; previousOverallScore: number };

/** POST /api/calls/:id/dispute; the call's detail is refetched with the re-grade in it. */
export function useDisputeScore(callId: string) {
  const queryClient = useQueryClient();
  return useMutation<DisputeResult, ApiError, { category: RubricCategory; reason: string }>({
    mutationFn: (input) => apiRequest<DisputeResult>(`/api/calls/${callId}/dispute`, { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: callQueryKey(callId) }),
  });
}

export type ImportCallRequest = { format: TranscriptFormat; content: string; mode: CallMode; repSpeaker?: string };

/** POST /api/calls/import: the scored call (quick score now, the debrief follows). */
export function useImportCall() {
  return useMutation<EndedCall, ApiError, ImportCallRequest>({
    mutationFn: (input) => apiRequest<EndedCall>("/api/calls/import", { method: "POST", body: input }),
  });
}

/** POST /api/calls/:id/repractice: a new call with the same buyer, ready to start. */
export function useRepracticeCall(callId: string) {
  return useMutation<PublicCall, ApiError, void>({
    mutationFn: () => apiRequest<PublicCall>(`/api/calls/${callId}/repractice`, { method: "POST" }),
  });
}

/** POST /api/calls/:id/hint: the next move for the call in progress. */
export function useCallHint(callId: string) {
  return useMutation<CallDetail["hints"][number], ApiError, void>({
    mutationFn: () => apiRequest<CallDetail["hints"][number]>(`/api/calls/${callId}/hint`, { method: "POST" }),
  });
}
