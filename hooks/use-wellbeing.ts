"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { saveWellbeingSettingsAction } from "@/app/(app)/wellbeing/settings/actions";
import type { Checkin, Entry, EntrySummary, Care, Insights, Music, Program, Trends, WellbeingSettings } from "@/components/wellbeing/api-types";
import { runAction } from "./action-result";
import { apiRequest, type ApiError } from "./api-request";
import { useRealtime } from "./use-realtime";

export const wellbeingKey = ["wellbeing"] as const;

/** The visitor's country from the browser's language ("en-GB" → GB), for the crisis lines. */
export function browserCountry(): string | undefined {
  if (typeof navigator === "undefined") return undefined;
  const region = navigator.language.split("-")[1];
  return region && /^[A-Za-z]{2}$/.test(region) ? region.toUpperCase() : undefined;
}

const countryQuery = () => {
  const country = browserCountry();
  return country ? `?country=${country}` : "";
};

export function useEntries(filters: { q?: string; tag?: string; day?: string }) {
  const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]);
  return useQuery<EntrySummary[], ApiError>({
    queryKey: [...wellbeingKey, "entries", filters],
    queryFn: async () => (await apiRequest<{ entries: EntrySummary[] }>(`/api/wellbeing/entries?${params}`)).entries,
  });
}

export function useEntry(id: string | null) {
  return useQuery<Entry, ApiError>({
    queryKey: [...wellbeingKey, "entry", id],
    queryFn: () => apiRequest<Entry>(`/api/wellbeing/entries/${id}${countryQuery()}`),
    enabled: Boolean(id),
  });
}

export function useCheckins(from?: string, to?: string) {
  const params = new URLSearchParams(Object.entries({ from, to }).filter(([, v]) => v) as [string, string][]);
  return useQuery<Checkin[], ApiError>({
    queryKey: [...wellbeingKey, "checkins", from, to],
    queryFn: async () => (await apiRequest<{ checkins: Checkin[] }>(`/api/wellbeing/checkins?${params}`)).checkins,
  });
}

export type CheckinInput = { mood: number; emotions?: string[]; note?: string; tags?: string[] };

export function useCreateCheckin() {
  const queryClient = useQueryClient();
  return useMutation<Checkin & { care: Care }, ApiError, CheckinInput>({
    mutationFn: (input) => apiRequest(`/api/wellbeing/checkins${countryQuery()}`, { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: wellbeingKey }),
  });
}

/** The trends over a range, seeded with what the page already rendered on the server (when it could). */
export function useTrends(range: Trends["range"], initialData?: Trends) {
  return useQuery<Trends, ApiError>({
    queryKey: [...wellbeingKey, "trends", range],
    queryFn: () => apiRequest<Trends>(`/api/wellbeing/trends?range=${range}`),
    initialData,
  });
}

export function usePrograms() {
  return useQuery<Program[], ApiError>({
    queryKey: [...wellbeingKey, "programs"],
    queryFn: async () => (await apiRequest<{ programs: Program[] }>("/api/wellbeing/programs")).programs,
    staleTime: Infinity,
  });
}

export function useInsights() {
  return useQuery<Insights, ApiError>({ queryKey: [...wellbeingKey, "insights"], queryFn: () => apiRequest<Insights>("/api/wellbeing/insights") });
}

export function useMusic(mood: number | null) {
  return useQuery<Music, ApiError>({
    queryKey: [...wellbeingKey, "music", mood],
    queryFn: () => apiRequest<Music>(`/api/wellbeing/music${mood ? `?mood=${mood}` : ""}`),
  });
}

export function useSaveTrack() {
  const queryClient = useQueryClient();
  return useMutation<{ saved: string[] }, ApiError, { trackId: string; save: boolean }>({
    mutationFn: ({ trackId, save }) => apiRequest("/api/wellbeing/music/saved", { method: save ? "POST" : "DELETE", body: { trackId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...wellbeingKey, "music"] }),
  });
}

export function useWellbeingSettings() {
  return useQuery<WellbeingSettings, ApiError>({ queryKey: [...wellbeingKey, "settings"], queryFn: () => apiRequest<WellbeingSettings>("/api/wellbeing/settings") });
}

export function useSaveWellbeingSettings() {
  const queryClient = useQueryClient();
  return useMutation<WellbeingSettings, ApiError, Partial<WellbeingSettings>>({
    mutationFn: (changes) => runAction(() => saveWellbeingSettingsAction(changes)),
    onSuccess: (settings) => queryClient.setQueryData([...wellbeingKey, "settings"], settings),
  });
}

/** Entries and check-ins changed in another tab or device: refetch what shows them. `onEntry` lets an
 * open editor decide for itself whether to take the newer text. */
export function useLiveWellbeing(userId: string | undefined, onEntry?: (entryId: string, revision: number) => void) {
  const queryClient = useQueryClient();
  useRealtime(userId ? [`user:${userId}`] : [], {
    "wellbeing.entry": (message) => {
      void queryClient.invalidateQueries({ queryKey: [...wellbeingKey, "entries"] });
      void queryClient.invalidateQueries({ queryKey: [...wellbeingKey, "trends"] });
      onEntry?.(String(message.payload.entryId), Number(message.payload.revision));
    },
    "wellbeing.checkin": () => void queryClient.invalidateQueries({ queryKey: wellbeingKey }),
  });
}
