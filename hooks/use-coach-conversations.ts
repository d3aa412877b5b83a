"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ConversationDetail, ConversationList } from "@/components/coach/chat/api-types";
import { apiRequest, type ApiError } from "./api-request";

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
  });
}
