// Realtime events the coach publishes on `user:{id}`; shared by the server and the chat page.
export const ACTION_ITEMS_SUGGESTED = "coach.action-items.suggested";

export type ActionItemsSuggestedPayload = { conversationId: string; count: number };
