"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CoachProfileUpdate, CoachProfileView, Goal, OnboardingInput } from "@/components/coach/planning/api-types";
import { apiRequest, type ApiError } from "./api-request";
import { meQueryKey } from "./use-me";

export const coachProfileKey = ["coach", "profile"] as const;

export function useCoachProfile(initialData?: CoachProfileView) {
  return useQuery<CoachProfileView, ApiError>({
    queryKey: coachProfileKey,
    queryFn: () => apiRequest<CoachProfileView>("/api/coach/profile"),
    initialData,
  });
}

/** PUT /api/coach/profile; coach style and timezone live on the user too, so /api/me is refetched. */
export function useUpdateCoachProfile() {
  const queryClient = useQueryClient();
  return useMutation<CoachProfileView, ApiError, CoachProfileUpdate>({
    mutationFn: (changes) => apiRequest<CoachProfileView>("/api/coach/profile", { method: "PUT", body: changes }),
    onSuccess: (view) => {
      queryClient.setQueryData(coachProfileKey, view);
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}

export function useCompleteOnboarding() {
  const queryClient = useQueryClient();
  return useMutation<CoachProfileView & { goals: Goal[] }, ApiError, OnboardingInput>({
    mutationFn: (input) => apiRequest("/api/coach/onboarding", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["coach"] }),
  });
}
