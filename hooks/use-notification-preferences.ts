"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { getNotificationPreferences, PreferencesUpdate } from "@/lib/notifications/notification-preferences";
import { saveNotificationPreferencesAction } from "@/app/(app)/settings/actions";
import { runAction } from "./action-result";
import { apiRequest, type ApiError } from "./api-request";

export type NotificationPreferences = Awaited<ReturnType<typeof getNotificationPreferences>>;

const KEY = ["notification-preferences"] as const;
const PATH = "/api/notifications/preferences";

export function useNotificationPreferences() {
  return useQuery<NotificationPreferences, ApiError>({ queryKey: KEY, queryFn: () => apiRequest(PATH) });
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation<NotificationPreferences, ApiError, PreferencesUpdate>({
    mutationFn: (update) => runAction(() => saveNotificationPreferencesAction(update)),
    onSuccess: (prefs) => queryClient.setQueryData(KEY, prefs),
  });
}
