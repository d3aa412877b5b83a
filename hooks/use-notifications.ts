"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { NotificationItem } from "@/lib/notifications/list-notifications";
import { apiRequest, type ApiError } from "./api-request";
import { useRealtime } from "./use-realtime";

export type NotificationPage = { items: NotificationItem[]; unread: number; page: number; hasMore: boolean };

export const NOTIFICATIONS_KEY = ["notifications"] as const;
const pageKey = (page: number) => [...NOTIFICATIONS_KEY, page] as const;

export function useNotificationPage(page: number) {
  return useQuery<NotificationPage, ApiError>({
    queryKey: pageKey(page),
    queryFn: () => apiRequest<NotificationPage>(`/api/notifications?page=${page}`),
  });
}

/** Refetches the notification pages (and with them the unread count) whenever `user:{id}` says a
 * notification arrived or was read elsewhere. */
export function useLiveNotifications(userId: string) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
  useRealtime([`user:${userId}`], { notification: refresh, "notification.read": refresh });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation<{ updated: number; unread: number }, ApiError, { ids?: string[]; all?: boolean }>({
    mutationFn: (body) => apiRequest("/api/notifications/read", { method: "POST", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
