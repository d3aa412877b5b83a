"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Clip, HistoryEntry, Match } from "@/components/connect/api-types";
import type { ConnectEmotionScores } from "@/lib/emotion/emotions";
import { type ApiError, apiRequest, postForm } from "./api-request";
import { useRealtime } from "./use-realtime";

const clipKey = (id: string) => ["connect", "clip", id] as const;
const matchKey = (id: string) => ["connect", "match", id] as const;
export const historyKey = ["connect", "history"] as const;

/** A clip, polled while the server is still reading it (events also refresh it). */
export function useClip(id: string | null) {
  return useQuery<Clip, ApiError>({
    queryKey: clipKey(id ?? "none"),
    queryFn: () => apiRequest<Clip>(`/api/connect/clips/${id}`),
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data && ["pending", "processing"].includes(query.state.data.processingStatus) ? 1000 : false),
  });
}

export function useUploadClip() {
  return useMutation<Clip, ApiError, { audio: Blob; transcript: string }>({
    mutationFn: async ({ audio, transcript }) => {
      const form = new FormData();
      form.append("audio", audio, audio.type.includes("mp4") ? "clip.m4a" : "clip.webm");
      if (transcript.trim()) form.append("transcript", transcript.trim());
      return postForm<Clip>("/api/connect/clips", form);
    },
  });
}

export function useRetryClip(id: string) {
  const client = useQueryClient();
  return useMutation<Clip, ApiError, { transcript?: string }>({
    mutationFn: (body) => apiRequest<Clip>(`/api/connect/clips/${id}/retry`, { method: "POST", body }),
    onSuccess: (clip) => client.setQueryData(clipKey(id), clip),
  });
}

export function useAdjustEmotions(id: string) {
  const client = useQueryClient();
  return useMutation<Clip, ApiError, ConnectEmotionScores>({
    mutationFn: (emotions) => apiRequest<Clip>(`/api/connect/clips/${id}/emotions`, { method: "PUT", body: { emotions } }),
    onSuccess: (clip) => client.setQueryData(clipKey(id), clip),
  });
}

export function useRequestMatch() {
  return useMutation<Match | { status: "waiting" }, ApiError, { clipId: string; mode: "similar" | "uplift" }>({
    mutationFn: (body) => apiRequest("/api/connect/matches", { method: "POST", body }),
  });
}

export function useMatch(id: string | null) {
  return useQuery<Match, ApiError>({ queryKey: matchKey(id ?? "none"), queryFn: () => apiRequest<Match>(`/api/connect/matches/${id}`), enabled: Boolean(id) });
}

export function useRespondToMatch(id: string) {
  const client = useQueryClient();
  return useMutation<Match, ApiError, "accept" | "reject">({
    mutationFn: (answer) => apiRequest<Match>(`/api/connect/matches/${id}/${answer}`, { method: "POST" }),
    onSuccess: (match) => {
      client.setQueryData(matchKey(id), match);
      void client.invalidateQueries({ queryKey: historyKey });
    },
  });
}

export function useConnectHistory() {
  return useQuery<HistoryEntry[], ApiError>({
    queryKey: historyKey,
    queryFn: async () => (await apiRequest<{ entries: HistoryEntry[] }>("/api/connect/history")).entries,
  });
}

/** Follows user:{id}: a found match is handed to `onMatchFound`; updates refresh the cached rows. */
export function useConnectEvents(userId: string, onMatchFound: (matchId: string) => void) {
  const client = useQueryClient();
  return useRealtime([`user:${userId}`], {
    "match.found": ({ payload }) => {
      onMatchFound(String(payload.matchId));
      void client.invalidateQueries({ queryKey: historyKey });
    },
    "match.updated": ({ payload }) => void client.invalidateQueries({ queryKey: matchKey(String(payload.matchId)) }),
    "clip.updated": ({ payload }) => void client.invalidateQueries({ queryKey: clipKey(String(payload.clipId)) }),
  });
}
