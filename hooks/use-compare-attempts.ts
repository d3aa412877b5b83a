"use client";

import { useQuery } from "@tanstack/react-query";
import type { AttemptComparison } from "@/lib/practice/progress/compare-attempts";
import { apiRequest, type ApiError } from "./api-request";

export function useCompareAttempts(a: string, b: string) {
  return useQuery<AttemptComparison, ApiError>({
    queryKey: ["practice", "compare", a, b],
    queryFn: () => apiRequest<AttemptComparison>(`/api/calls/compare?${new URLSearchParams({ a, b })}`),
    enabled: Boolean(a && b),
  });
}
