import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { chatMessages, chatMessageTranslations, users } from "../../db/schema";
import type { Db } from "../../db/types";
import { textDirection } from "../languages";
import { requireMember, touchMember } from "./membership";
import { translateForReaders } from "./send-message";

export const PAGE_SIZE = 30;

export type MessageView = {
  id: string;
  clientId: string;
  senderId: string | null;
  senderName: string;
  /** In the reader's language when a translation exists, else the original. */
  text: string;
  lang: string;
  dir: "ltr" | "rtl";
  originalText: string;
  originalLang: string;
  translated: boolean;
  engine: string | null;
  confidence: number | null;
  deleted: boolean;
  createdAt: Date;
};

type Row = {
  message: typeof chatMessages.$inferSelect;
  senderName: string | null;
  translation: { text: string; engine: string; confidence: number } | null;
};

export function toMessageView({ message, senderName, translation }: Row, language: string): MessageView {
  const deleted = message.deletedAt !== null;
  const shown = deleted ? null : translation;
  const lang = shown ? language : message.originalLang;
  return {
    id: message.id,
    clientId: message.clientId,
    senderId: message.senderId,
    senderName: senderName ?? "Deleted user",
    text: deleted ? "message deleted" : (shown?.text ?? message.originalText),
    lang,
    dir: textDirection(lang),
    originalText: deleted ? "" : message.originalText,
    originalLang: message.originalLang,
    translated: Boolean(shown),
    engine: shown?.engine ?? null,
    confidence: shown?.confidence ?? null,
    deleted,
    createdAt: message.createdAt,
  };
}

export function messageQuery(db: Db, language: string) {
  return db
    .select({
      message: chatMessages,
      senderName: users.displayName,
      translation: { text: chatMessageTranslations.text, engine: chatMessageTranslations.engine, confidence: chatMessageTranslations.confidence },
    })
    .from(chatMessages)
    .leftJoin(users, eq(users.id, chatMessages.senderId))
    .leftJoin(chatMessageTranslations, and(eq(chatMessageTranslations.messageId, chatMessages.id), eq(chatMessageTranslations.targetLang, language)))
    .$dynamic();
}

function pageQuery({ db, language, conversationId, before, limit }: { db: Db; language: string; conversationId: string; before?: string; limit: number }) {
  const cursor = before
    ? sql`(${chatMessages.createdAt}, ${chatMessages.id}) < (select created_at, id from chat_messages where id = ${before} and conversation_id = ${conversationId})`
    : sql`true`;
  return messageQuery(db, language)
    .where(and(eq(chatMessages.conversationId, conversationId), cursor))
    .orderBy(desc(chatMessages.createdAt), desc(chatMessages.id))
    .limit(limit + 1);
}

/** A page of history, oldest first, ending just before `before` (a message id) or at the newest.
 * Messages still missing my language (an engine timed out at send, or I switched this conversation's
 * language since) are translated now, once, for everyone who reads that language. */
export async function listMessages({ db, userId, conversationId, before, limit = PAGE_SIZE }: { db: Db; userId: string; conversationId: string; before?: string; limit?: number }) {
  const { language } = await requireMember({ db, userId, conversationId });
  let rows = await pageQuery({ db, language, conversationId, before, limit });
  const missing = rows.filter((r) => !r.translation && !r.message.deletedAt && r.message.originalLang !== language);
  if (missing.length) {
    const made = await Promise.all(missing.map((r) => translateForReaders({ db, userId: r.message.senderId ?? userId, message: r.message, languages: [language] })));
    if (made.some((m) => m.length)) rows = await pageQuery({ db, language, conversationId, before, limit });
  }
  await touchMember({ db, userId, conversationId });
  const page = rows.slice(0, limit).reverse();
  return { messages: page.map((r) => toMessageView(r as Row, language)), hasMore: rows.length > limit, language };
}
