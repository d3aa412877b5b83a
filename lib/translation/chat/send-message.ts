import "server-only";
import { and, eq } from "drizzle-orm";
import { chatMessages, chatMessageTranslations } from "../../db/schema";
import type { Db } from "../../db/types";
import { notFound } from "../../http";
import type { SupportedLanguage } from "../languages";
import { translate } from "../translate";
import { blockedBetween } from "./blocks";
import { membersWithBlocks } from "./membership";
import { notifyOfflineMembers } from "./notify-offline";
import { storeMessage, type ReadyTranslation } from "./store-message";

export const MAX_MESSAGE_CHARS = 5_000;

/** A text translated once for each language its readers need (not once per reader); a language no
 * engine serves is left out, and its readers see the original. */
async function translationsFor({ db, userId, text, from, languages }: { db: Db; userId: string; text: string; from: string; languages: string[] }): Promise<ReadyTranslation[]> {
  const targets = [...new Set(languages)].filter((lang) => lang !== from);
  const answers = await Promise.all(
    targets.map(async (to) => {
      const result = await translate({ db, userId, text, from: from as SupportedLanguage, to: to as SupportedLanguage }).catch(() => null);
      if (!result || result.engine === "none") return null;
      return { targetLang: to, text: result.text, engine: result.engine, confidence: result.confidence } satisfies ReadyTranslation;
    }),
  );
  return answers.filter((answer) => answer !== null);
}

/** Translates a stored message for languages it lacks and stores each answer. */
export async function translateForReaders({ db, userId, message, languages }: { db: Db; userId: string; message: { id: string; originalText: string; originalLang: string }; languages: string[] }) {
  const made = await translationsFor({ db, userId, text: message.originalText, from: message.originalLang, languages });
  const rows = made.map((t) => ({ ...t, messageId: message.id }));
  if (rows.length) await db.insert(chatMessageTranslations).values(rows).onConflictDoNothing();
  return rows;
}

/** Stores a message (once per client id, so a retried send is the same message) with its
 * translations for the other members' languages, and announces it on `conversation:{id}`: one
 * query for the members, the engines, then one statement. */
export async function sendMessage({ db, userId, conversationId, text, clientId }: { db: Db; userId: string; conversationId: string; text: string; clientId: string }) {
  const members = await membersWithBlocks({ db, userId, conversationId });
  const me = members.find((m) => m.userId === userId);
  if (!me) throw notFound("conversation");
  const others = members.filter((m) => m.userId !== userId);
  if (others.some((m) => m.blocked)) throw blockedBetween();
  const translations = await translationsFor({ db, userId, text, from: me.language, languages: others.map((m) => m.language) });
  const created = await storeMessage({ db, userId, conversationId, clientId, text, language: me.language, translations });
  if (!created) {
    const [existing] = await db
      .select()
      .from(chatMessages)
      .where(and(eq(chatMessages.conversationId, conversationId), eq(chatMessages.senderId, userId), eq(chatMessages.clientId, clientId)));
    return { message: existing!, duplicate: true };
  }
  await notifyOfflineMembers({ db, sender: me, message: created, members: others, translations });
  return { message: created, duplicate: false };
}
