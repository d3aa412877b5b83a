"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { TranscriptEntry } from "@/components/practice/api-types";
import type { QuickScore } from "@/lib/practice/types";
import { callQueryKey, updateCallDetail } from "./use-practice-call";
import { useRealtime, type RealtimeStatus } from "./use-realtime";

/** Adds a line, or replaces the one with its id or clientId (our optimistic copy). */
export function mergeEntry(entries: TranscriptEntry[], entry: TranscriptEntry): TranscriptEntry[] {
  const index = entries.findIndex((e) => e.id === entry.id || e.clientId === entry.clientId);
  if (index === -1) return [...entries, entry];
  return entries.map((e, i) => (i === index ? entry : e));
}

/** Follows `call:{id}` and writes each event into the cached call detail. */
export function useCallRealtime(callId: string, enabled: boolean): RealtimeStatus {
  const queryClient = useQueryClient();
  const refetch = () => queryClient.invalidateQueries({ queryKey: callQueryKey(callId) });
  return useRealtime(enabled ? [`call:${callId}`] : [], {
    "transcript.appended": ({ payload }) => {
      const entry = payload as Omit<TranscriptEntry, "content"> & { content: string | null };
      if (entry.content === null) return void refetch();
      const line = { ...entry, content: entry.content };
      updateCallDetail(queryClient, callId, (d) => ({ ...d, transcript: mergeEntry(d.transcript, line) }));
    },
    // Our own start already refetches; an in-flight fetch began after the start was stored.
    "call.started": () => void queryClient.invalidateQueries({ queryKey: callQueryKey(callId) }, { cancelRefetch: false }),
    "call.failed": () => void refetch(),
    "feedback.ready": () => void refetch(),
    "call.ended": () => {
      void refetch();
      void queryClient.invalidateQueries({ queryKey: ["practice", "stats"] });
    },
    "score.quick": ({ payload }) =>
      updateCallDetail(queryClient, callId, (d) => ({ ...d, call: { ...d.call, quickScore: payload as QuickScore } })),
    "score.ready": () => {
      void refetch();
      void queryClient.invalidateQueries({ queryKey: ["practice"] });
    },
    "score.failed": ({ payload }) =>
      updateCallDetail(queryClient, callId, (d) => ({
        ...d,
        score: { status: "failed", message: String(payload.message ?? "") },
      })),
  });
}
