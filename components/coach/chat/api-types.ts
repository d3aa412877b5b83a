// Shapes of the coach chat API's answers as the browser sees them.
import type { ChatTurnInfo } from "@/lib/coach/chat";
import type { PublicCoachMessage, PublicConversation } from "@/lib/coach/conversations";

export type { PublicConversation } from "@/lib/coach/conversations";
export type { PublicSession } from "@/lib/coach/sessions";

export type ChatMemory = ChatTurnInfo["memories"][number];
export type SessionType = PublicConversation["sessionType"];
export type ChatMode = PublicConversation["mode"];

export type ConversationList = { conversations: PublicConversation[]; page: number; pageSize: number; total: number };

export type SuggestedActionItem = { id: string; text: string; dueDate: string | null; status: "suggested" | "pending" | "done" | "dismissed" };

export type ConversationDetail = { conversation: PublicConversation; messages: PublicCoachMessage[]; actionItems: SuggestedActionItem[] };

/** A message on screen: stored, or still streaming in (id "local-…"). */
export type ChatTurn = {
  id: string;
  role: "user" | "assistant";
  content: string;
  createdAt: string;
  memories: ChatMemory[];
  offline: boolean;
  streaming: boolean;
  /** A pending action item this turn's message reported done; the coach offers to tick it off. */
  doneActionItem: { id: string; text: string } | null;
};

export function toChatTurn(message: PublicCoachMessage): ChatTurn {
  return {
    id: message.id,
    role: message.role,
    content: message.content,
    createdAt: message.createdAt,
    memories: (message.metadata.memories ?? []).map(({ messageId, createdAt, snippet }) => ({ messageId, createdAt, snippet })),
    offline: Boolean(message.metadata.offline),
    streaming: false,
    doneActionItem: message.metadata.doneActionItem ?? null,
  };
}
