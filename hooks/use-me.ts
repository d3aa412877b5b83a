"use client";

import { useQuery } from "@tanstack/react-query";
import type { PublicUser } from "@/lib/account/profile";
import { apiRequest, type ApiError } from "./api-request";

export const meQueryKey = ["me"] as const;

/** The signed-in user from GET /api/me, seeded with what the server already rendered. */
export function useMe(initialData?: PublicUser) {
  return useQuery<PublicUser, ApiError>({
    queryKey: meQueryKey,
    queryFn: () => apiRequest<PublicUser>("/api/me"),
    initialData,
  });
}

/** The signed-in user's timezone once known (undefined while loading: the browser's own is used). */
export function useUserTimeZone(): string | undefined {
  return useMe().data?.timezone;
}
