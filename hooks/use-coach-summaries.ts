"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type { DailySummary, SummaryPage, WeeklySummary } from "@/components/coach/summaries/api-types";
import { apiRequest, type ApiError } from "./api-request";

export const DAILY_PAGE_SIZE = 28;
export const WEEKLY_PAGE_SIZE = 8;

type Page<T> = { items: T[]; nextBefore: string | null };

function useSummaryPages<T>(kind: SummaryPage["kind"], limit: number) {
  return useInfiniteQuery<Page<T>, ApiError>({
    queryKey: ["coach", "summaries", kind],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ kind, limit: String(limit) });
      if (typeof pageParam === "string") params.set("before", pageParam);
      return apiRequest<Page<T>>(`/api/coach/summaries?${params}`);
    },
    initialPageParam: null,
    getNextPageParam: (last) => last.nextBefore,
  });
}

/** Daily and weekly summaries, newest first, each loaded a page at a time. */
export function useCoachSummaries() {
  const daily = useSummaryPages<DailySummary>("daily", DAILY_PAGE_SIZE);
  const weekly = useSummaryPages<WeeklySummary>("weekly", WEEKLY_PAGE_SIZE);
  return { daily, weekly };
}

/** POST /api/coach/summaries/today: today's summary so far, then both lists are fetched again. */
export function useSummariseToday() {
  const queryClient = useQueryClient();
  return useMutation<DailySummary, ApiError>({
    mutationFn: () => apiRequest<DailySummary>("/api/coach/summaries/today", { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["coach", "summaries"] }),
  });
}
