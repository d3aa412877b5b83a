"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ApiError, apiRequest } from "./api-request";
import { historyKey } from "./use-connect";

/** Block, mute and report one person; each keeps the pair from ever being matched again. */
export function useSafetyActions() {
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: historyKey });
  const block = useMutation<unknown, ApiError, string>({
    mutationFn: (userId) => apiRequest("/api/connect/blocks", { method: "POST", body: { userId } }),
    onSuccess: refresh,
  });
  const mute = useMutation<unknown, ApiError, string>({
    mutationFn: (userId) => apiRequest("/api/connect/mutes", { method: "POST", body: { userId } }),
    onSuccess: refresh,
  });
  const report = useMutation<unknown, ApiError, { userId: string; reason: string; note?: string; matchId?: string }>({
    mutationFn: (body) => apiRequest("/api/connect/reports", { method: "POST", body }),
    onSuccess: refresh,
  });
  return { block, mute, report };
}
