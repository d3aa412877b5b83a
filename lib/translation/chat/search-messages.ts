import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { chatMembers, chatMessages, chatMessageTranslations, users } from "../../db/schema";
import type { Db } from "../../db/types";
import { readerLanguage } from "./membership";
import { toMessageView } from "./list-messages";

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Messages in my conversations whose text in my language (my translation, or an original written in
 * it) contains the query. */
export async function searchMessages({ db, userId, q }: { db: Db; userId: string; q: string }) {
  const rows = await db
    .select({
      message: chatMessages,
      language: readerLanguage,
      senderName: sql<string | null>`(select s.display_name from users s where s.id = ${chatMessages.senderId})`,
      translation: { text: chatMessageTranslations.text, engine: chatMessageTranslations.engine, confidence: chatMessageTranslations.confidence },
    })
    .from(chatMessages)
    .innerJoin(chatMembers, and(eq(chatMembers.conversationId, chatMessages.conversationId), eq(chatMembers.userId, userId)))
    .innerJoin(users, eq(users.id, chatMembers.userId))
    .leftJoin(chatMessageTranslations, and(eq(chatMessageTranslations.messageId, chatMessages.id), eq(chatMessageTranslations.targetLang, readerLanguage)))
    .where(
      and(
        sql`${chatMessages.deletedAt} is null`,
        sql`coalesce(${chatMessageTranslations.text}, case when ${chatMessages.originalLang} = ${readerLanguage} then ${chatMessages.originalText} end) ilike ${likePattern(q)}`,
      ),
    )
    .orderBy(desc(chatMessages.createdAt))
    .limit(50);
  return rows.map((r) => ({ ...toMessageView(r, r.language), conversationId: r.message.conversationId }));
}
