"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { MemoryPage } from "@/lib/coach/memories/list-memories";
import { apiFetch, apiRequest, type ApiError } from "./api-request";

const memoriesKey = ["coach", "memories"] as const;

export function useMemories({ q, page }: { q: string; page: number }) {
  const params = new URLSearchParams({ page: String(page), ...(q ? { q } : {}) });
  return useQuery<MemoryPage, ApiError>({
    queryKey: [...memoriesKey, q, page],
    queryFn: () => apiRequest<MemoryPage>(`/api/coach/memories?${params}`),
    placeholderData: keepPreviousData,
  });
}

export function useEditMemory() {
  const queryClient = useQueryClient();
  return useMutation<{ id: string; text: string }, ApiError, { id: string; text: string }>({
    mutationFn: ({ id, text }) => apiRequest(`/api/coach/memories/${id}`, { method: "PATCH", body: { text } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: memoriesKey }),
  });
}

export function useForgetMemory() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, string>({
    mutationFn: async (id) => {
      await apiFetch(`/api/coach/memories/${id}`, { method: "DELETE" });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: memoriesKey }),
  });
}
