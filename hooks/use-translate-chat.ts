"use client";

import { type InfiniteData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Conversation, MessagePage } from "@/components/translate/api-types";
import { apiFetch, apiRequest, type ApiError } from "./api-request";
import { conversationsKey } from "./use-contacts";
import { useRealtime } from "./use-realtime";

const TYPING_SHOWN_MS = 4_000;
const TYPING_SENT_EVERY_MS = 2_500;

export const messagesKey = (conversationId: string) => ["translate", "messages", conversationId] as const;
export const conversationKey = (conversationId: string) => ["translate", "conversation", conversationId] as const;

export function useConversation(conversationId: string) {
  return useQuery<Conversation, ApiError>({
    queryKey: conversationKey(conversationId),
    queryFn: () => apiRequest<Conversation>(`/api/conversations/${conversationId}`),
  });
}

/** History newest page first; `fetchNextPage` loads older messages (scrolling up). */
export function useMessages(conversationId: string) {
  return useInfiniteQuery<MessagePage, ApiError, InfiniteData<MessagePage>, readonly string[], string | undefined>({
    queryKey: messagesKey(conversationId),
    initialPageParam: undefined,
    queryFn: ({ pageParam }) =>
      apiRequest<MessagePage>(`/api/conversations/${conversationId}/messages${pageParam ? `?before=${pageParam}` : ""}`),
    getNextPageParam: (last) => (last.hasMore ? last.messages[0]?.id : undefined),
  });
}

/** Live updates for one conversation: new messages refetch the newest page, typing shows for a few
 * seconds, read receipts refresh the members. */
export function useConversationEvents(conversationId: string, myId: string) {
  const queryClient = useQueryClient();
  const [typing, setTyping] = useState<string[]>([]);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const status = useRealtime([`conversation:${conversationId}`], {
    "message.created": (event) => {
      void queryClient.invalidateQueries({ queryKey: messagesKey(conversationId) });
      void queryClient.invalidateQueries({ queryKey: conversationsKey });
      setTyping((ids) => ids.filter((id) => id !== event.payload.senderId));
    },
    typing: (event) => {
      const userId = String(event.payload.userId);
      if (userId === myId) return;
      setTyping((ids) => (ids.includes(userId) ? ids : [...ids, userId]));
      clearTimeout(timers.current.get(userId));
      timers.current.set(userId, setTimeout(() => setTyping((ids) => ids.filter((id) => id !== userId)), TYPING_SHOWN_MS));
    },
    read: () => void queryClient.invalidateQueries({ queryKey: conversationKey(conversationId) }),
  });
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);
  return { typing, status };
}

export function useTypingSignal(conversationId: string) {
  const last = useRef(0);
  return useCallback(() => {
    if (Date.now() - last.current < TYPING_SENT_EVERY_MS) return;
    last.current = Date.now();
    apiFetch(`/api/conversations/${conversationId}/typing`, { method: "POST" }).catch(() => undefined);
  }, [conversationId]);
}

export function useMarkRead(conversationId: string) {
  return useMutation<unknown, ApiError, void>({
    mutationFn: () => apiRequest(`/api/conversations/${conversationId}/read`, { method: "POST" }),
  });
}

export function useFlagMessage(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation<{ retranslated: boolean; engine: string }, ApiError, { messageId: string; reason?: string }>({
    mutationFn: ({ messageId, reason }) => apiRequest(`/api/messages/${messageId}/flag`, { method: "POST", body: { reason } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: messagesKey(conversationId) }),
  });
}

export function useConversationLanguage(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation<Conversation, ApiError, string | null>({
    mutationFn: (language) => apiRequest<Conversation>(`/api/conversations/${conversationId}`, { method: "PATCH", body: { language } }),
    onSuccess: (conversation) => {
      queryClient.setQueryData(conversationKey(conversationId), conversation);
      void queryClient.invalidateQueries({ queryKey: messagesKey(conversationId) });
    },
  });
}
