"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ConversationDetail, ConversationList } from "@/components/coach/chat/api-types";
import { ACTION_ITEMS_SUGGESTED, type ActionItemsSuggestedPayload } from "@/lib/coach/chat/events";
import { apiRequest, type ApiError } from "./api-request";
import { useRealtime } from "./use-realtime";

export const COACH_CONVERSATIONS_KEY = ["coach", "conversations"] as const;
export const conversationKey = (id: string) => ["coach", "conversation", id] as const;

export function fetchConversation(id: string): Promise<ConversationDetail> {
  return apiRequest<ConversationDetail>(`/api/coach/conversations/${id}`);
}

/** GET /api/coach/conversations, one page at a time (newest first). */
export function useCoachConversations(page: number) {
  return useQuery<ConversationList, ApiError>({
    queryKey: [...COACH_CONVERSATIONS_KEY, page],
    queryFn: () => apiRequest<ConversationList>(`/api/coach/conversations?page=${page}&pageSize=20`),
    placeholderData: keepPreviousData,
  });
}

/** One conversation's messages and the action items suggested from it. */
export function useCoachConversation(id: string | null) {
  return useQuery<ConversationDetail, ApiError>({
    queryKey: conversationKey(id ?? "none"),
    queryFn: () => fetchConversation(id as string),
    enabled: Boolean(id),
    // Looked at again just after a live conversation would go idle, so the page shows that it ended.
    refetchInterval: (query) => {
      const conversation = query.state.data?.conversation;
      if (!conversation || conversation.status !== "active") return false;
      return Math.max(1_000, Date.parse(conversation.endsAt) - Date.now() + 1_000);
    },
  });
}

/** Action items are extracted after the answer has streamed; the server says so on `user:{id}`,
 * and the conversation they came from is fetched again to show them. */
export function useSuggestedActionItemsLive(userId: string) {
  const queryClient = useQueryClient();
  useRealtime([`user:${userId}`], {
    [ACTION_ITEMS_SUGGESTED]: (message) => {
      const { conversationId } = message.payload as ActionItemsSuggestedPayload;
      void queryClient.invalidateQueries({ queryKey: conversationKey(conversationId) });
    },
  });
}
