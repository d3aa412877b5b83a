"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { completeOnboardingAction } from "@/app/(app)/coach/onboarding/actions";
import { updateCoachProfileAction } from "@/app/(app)/coach/profile/actions";
import type { CoachProfileUpdate, CoachProfileView, Goal, OnboardingInput } from "@/components/coach/planning/api-types";
import { runAction } from "./action-result";
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

/** Saves the coach profile (the action beside its page); coach style and timezone live on the user too, so /api/me is refetched. */
export function useUpdateCoachProfile() {
  const queryClient = useQueryClient();
  return useMutation<CoachProfileView, ApiError, CoachProfileUpdate>({
    mutationFn: (changes) => runAction(() => updateCoachProfileAction(changes)),
    onSuccess: (view) => {
      queryClient.setQueryData(coachProfileKey, view);
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}

export function useCompleteOnboarding() {
  const queryClient = useQueryClient();
  return useMutation<CoachProfileView & { goals: Goal[] }, ApiError, OnboardingInput>({
    mutationFn: (input) => runAction(() => completeOnboardingAction(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["coach"] }),
  });
}
