// The JSON the Translate routes answer with, as the browser sees it.

export type Contact = {
  id: string;
  status: "outgoing" | "incoming" | "accepted";
  nickname: string | null;
  user: { id: string; name: string; email: string; language: string; voiceProfile: "none" };
};

export type Member = { userId: string; name: string; language: string; lastReadAt: string | null; lastSeenAt: string };

export type Conversation = {
  id: string;
  kind: "direct" | "group";
  title: string | null;
  language: string;
  lastMessageAt: string;
  members: Member[];
};

export type ChatMessage = {
  id: string;
  clientId: string;
  senderId: string | null;
  senderName: string;
  text: string;
  lang: string;
  dir: "ltr" | "rtl";
  originalText: string;
  originalLang: string;
  translated: boolean;
  engine: "deepl" | "google" | "llm" | "apertium" | null;
  confidence: number | null;
  deleted: boolean;
  createdAt: string;
};

export type MessagePage = { messages: ChatMessage[]; hasMore: boolean; language: string };

export type Invite = { code: string; url: string; expiresAt: string; maxUses: number | null };

export const LANGUAGE_NAMES: Record<string, string> = {
  en: "English", es: "Español", fr: "Français", de: "Deutsch", it: "Italiano", pt: "Português",
  zh: "中文", ja: "日本語", ko: "한국어", hi: "हिन्दी", ar: "العربية", ru: "Русский",
};

/** `words` are the interface's words for a member without a name and for a conversation with no one else. */
export function conversationTitle(conversation: Conversation, myId: string, words: { someone: string; justYou: string }): string {
  if (conversation.title) return conversation.title;
  const others = conversation.members.filter((m) => m.userId !== myId).map((m) => m.name || words.someone);
  return others.join(", ") || words.justYou;
}
