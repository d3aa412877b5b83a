import "server-only";
import { and, eq } from "drizzle-orm";
import { chatMessages, chatMessageTranslations, translationFlags } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError, notFound } from "../../http";
import { contentHash } from "../cache";
import { listGlossary } from "../glossary";
import type { SupportedLanguage } from "../languages";
import { translate } from "../translate";
import { requireMember } from "./membership";

/** Records a bad translation with both texts for review and retranslates the message for the
 * reader's language with another engine; when no other engine serves the pair, the old one stays. */
export async function flagMessage({ db, userId, messageId, reason }: { db: Db; userId: string; messageId: string; reason?: string }) {
  const [message] = await db.select().from(chatMessages).where(eq(chatMessages.id, messageId));
  if (!message) throw notFound("message");
  const { language } = await requireMember({ db, userId, conversationId: message.conversationId }).catch(() => {
    throw notFound("message");
  });
  const [translation] = await db
    .select()
    .from(chatMessageTranslations)
    .where(and(eq(chatMessageTranslations.messageId, messageId), eq(chatMessageTranslations.targetLang, language)));
  if (!translation || message.deletedAt) throw apiError("CONFLICT", "translate.nothingToFlag");
  // The hash a sender's cache entry is filed under includes the sender's glossary.
  const glossary = message.senderId ? await listGlossary({ db, userId: message.senderId }) : [];
  await db.insert(translationFlags).values({
    userId,
    messageId,
    contentHash: contentHash(message.originalText, glossary),
    sourceLang: message.originalLang,
    targetLang: language,
    engine: translation.engine,
    sourceText: message.originalText,
    translatedText: translation.text,
    reason: reason ?? null,
  });
  const retried = await translate({ db, userId: message.senderId, text: message.originalText, from: message.originalLang as SupportedLanguage, to: language as SupportedLanguage }).catch(() => null);
  if (retried && retried.engine !== "none") {
    await db
      .update(chatMessageTranslations)
      .set({ text: retried.text, engine: retried.engine, confidence: retried.confidence })
      .where(and(eq(chatMessageTranslations.messageId, messageId), eq(chatMessageTranslations.targetLang, language)));
  }
  return { flagged: true, retranslated: Boolean(retried && retried.engine !== "none"), engine: retried?.engine ?? translation.engine };
}
