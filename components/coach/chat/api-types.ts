// Shapes of the coach chat API's answers as the browser sees them.
import type { ChatTurnInfo } from "@/lib/coach/chat/chat";
import type { PublicCoachMessage, PublicConversation } from "@/lib/coach/chat/conversations";

export type { PublicConversation } from "@/lib/coach/chat/conversations";
export type { PublicSession } from "@/lib/coach/planning/sessions";

export type ChatMemory = ChatTurnInfo["memories"][number];
export type SessionType = PublicConversation["sessionType"];
export type ChatMode = PublicConversation["mode"];

export type ConversationList = { conversations: PublicConversation[]; page: number; pageSize: number; total: number };

export type SuggestedActionItem = { id: string; text: string; dueDate: string | null; status: "suggested" | "pending" | "done" | "dismissed" };

export type ConversationDetail = { conversation: PublicConversation; messages: PublicCoachMessage[]; actionItems: SuggestedActionItem[] };

/** The user's own thumbs on an answer. */
export type ChatRating = NonNullable<PublicCoachMessage["rating"]>;

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
  rating: ChatRating | null;
};

/** Stored, so it can be rated; a turn still on its "local-…" id cannot be yet. */
export function isStoredTurn(turn: Pick<ChatTurn, "id">): boolean {
  return !turn.id.startsWith("local-");
}

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
    rating: message.rating,
  };
}

/** The turns with any "local-…" id swapped for the id it was stored under (same role and text), so
 * an answer that streamed in can be rated once it is stored. */
export function adoptStoredIds(turns: ChatTurn[], stored: PublicCoachMessage[]): ChatTurn[] {
  const taken = new Set(turns.map((turn) => turn.id));
  return turns.map((turn) => {
    if (isStoredTurn(turn) || turn.streaming) return turn;
    const match = stored.find((message) => !taken.has(message.id) && message.role === turn.role && message.content.trim() === turn.content.trim());
    if (!match) return turn;
    taken.add(match.id);
    return { ...turn, id: match.id, rating: match.rating };
  });
}
