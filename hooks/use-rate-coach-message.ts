"use client";

import { useMutation } from "@tanstack/react-query";
import type { ChatRating } from "@/components/coach/chat/api-types";
import { apiRequest, type ApiError } from "./api-request";

type RatingRequest = ChatRating & { messageId: string };

/** Thumbs up or down (and an optional note) on one of the coach's stored answers. */
export function useRateCoachMessage() {
  return useMutation<ChatRating, ApiError, RatingRequest>({
    mutationFn: ({ messageId, rating, note }) =>
      apiRequest<ChatRating>(`/api/coach/messages/${messageId}/rating`, { method: "POST", body: { rating, ...(note ? { note } : {}) } }),
  });
}
