import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { chatConversations, chatMessages, chatMessageTranslations } from "../../db/schema";
import type { Db } from "../../db/types";
import { publish } from "../../realtime/bus";
import type { SupportedLanguage } from "../languages";
import { translate } from "../translate";
import { assertNoBlocks } from "./blocks";
import { conversationChannel } from "./channels";
import { notFound } from "../../http";
import { membersOf, touchMember } from "./membership";
import { notifyOfflineMembers } from "./notify-offline";

export const MAX_MESSAGE_CHARS = 5_000;

/** Translates a message once for each language its readers need (not once per reader) and stores
 * each answer; a language no engine serves is left untranslated and shown in the original. */
export async function translateForReaders({ db, userId, message, languages }: { db: Db; userId: string; message: { id: string; originalText: string; originalLang: string }; languages: string[] }) {
  const targets = [...new Set(languages)].filter((lang) => lang !== message.originalLang);
  const rows = (
    await Promise.all(
      targets.map(async (to) => {
        const result = await translate({ db, userId, text: message.originalText, from: message.originalLang as SupportedLanguage, to: to as SupportedLanguage }).catch(() => null);
        if (!result || result.engine === "none") return null;
        return { messageId: message.id, targetLang: to, text: result.text, engine: result.engine, confidence: result.confidence };
      }),
    )
  ).filter((row) => row !== null);
  if (rows.length) await db.insert(chatMessageTranslations).values(rows).onConflictDoNothing();
  return rows;
}

/** Stores a message (once per client id, so a retried send is the same message), translates it for
 * the other members' languages, then announces it on `conversation:{id}`. */
export async function sendMessage({ db, userId, conversationId, text, clientId }: { db: Db; userId: string; conversationId: string; text: string; clientId: string }) {
  const members = await membersOf({ db, conversationId });
  const me = members.find((m) => m.userId === userId);
  if (!me) throw notFound("Conversation");
  const others = members.filter((m) => m.userId !== userId);
  await assertNoBlocks({ db, userId, otherIds: others.map((m) => m.userId) });
  const [created] = await db
    .insert(chatMessages)
    .values({ conversationId, senderId: userId, clientId, originalText: text, originalLang: me.language })
    .onConflictDoNothing()
    .returning();
  if (!created) {
    const [existing] = await db
      .select()
      .from(chatMessages)
      .where(and(eq(chatMessages.conversationId, conversationId), eq(chatMessages.senderId, userId), eq(chatMessages.clientId, clientId)));
    return { message: existing!, duplicate: true };
  }
  const translations = await translateForReaders({ db, userId, message: created, languages: others.map((m) => m.language) });
  await Promise.all([
    db.update(chatConversations).set({ lastMessageAt: sql`now()` }).where(eq(chatConversations.id, conversationId)),
    touchMember({ db, userId, conversationId, read: true }),
  ]);
  await publish({ db, channel: conversationChannel(conversationId), type: "message.created", payload: { messageId: created.id, senderId: userId, clientId } });
  await notifyOfflineMembers({ db, sender: me, message: created, members: others, translations });
  return { message: created, duplicate: false };
}
