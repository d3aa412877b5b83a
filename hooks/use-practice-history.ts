"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { CallFilters, CallList, PracticeStats } from "@/components/practice/api-types";
import { apiRequest, type ApiError } from "./api-request";

export const HISTORY_PAGE_SIZE = 20;

/** GET /api/calls with the filters that are set; the previous page stays on screen while the next loads. */
export function useCallHistory(filters: CallFilters) {
  const params = new URLSearchParams({ page: String(filters.page), pageSize: String(HISTORY_PAGE_SIZE) });
  for (const key of ["mode", "personaId", "from", "to"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return useQuery<CallList, ApiError>({
    queryKey: ["practice", "calls", params.toString()],
    queryFn: () => apiRequest<CallList>(`/api/calls?${params}`),
    placeholderData: keepPreviousData,
  });
}

export function usePracticeStats() {
  return useQuery<PracticeStats, ApiError>({
    queryKey: ["practice", "stats"],
    queryFn: () => apiRequest<PracticeStats>("/api/practice/stats"),
  });
}
