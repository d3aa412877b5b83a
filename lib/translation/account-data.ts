import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { chatMembers, chatMessages, chatMessageTranslations, contactInvites, contacts, glossaryTerms, translationFlags, translationUsage } from "../db/schema";
import type { Db } from "../db/types";

/** Translate's part of "export all my data": contacts, invites, conversations I am in, my own
 * messages, my flags, glossary and usage. */
export async function exportTranslateData({ db, userId }: { db: Db; userId: string }) {
  const [myContacts, invites, memberships, messages, flags, glossary, usage] = await Promise.all([
    db.select().from(contacts).where(eq(contacts.ownerId, userId)),
    db.select().from(contactInvites).where(eq(contactInvites.inviterId, userId)),
    db.select().from(chatMembers).where(eq(chatMembers.userId, userId)),
    db.select().from(chatMessages).where(eq(chatMessages.senderId, userId)).orderBy(desc(chatMessages.createdAt)),
    db.select().from(translationFlags).where(eq(translationFlags.userId, userId)),
    db.select({ term: glossaryTerms.term, createdAt: glossaryTerms.createdAt }).from(glossaryTerms).where(eq(glossaryTerms.userId, userId)),
    db.select().from(translationUsage).where(eq(translationUsage.userId, userId)),
  ]);
  return { contacts: myContacts, invites, conversations: memberships, messages, flags, glossary, usage };
}

/** Before the account goes: every message the user sent loses its text and translations in every
 * conversation, so the others see "message deleted" where it was. */
export async function forgetChatMessages({ db, userId }: { db: Db; userId: string }) {
  const own = await db.select({ id: chatMessages.id }).from(chatMessages).where(eq(chatMessages.senderId, userId));
  if (own.length === 0) return;
  const ids = own.map((m) => m.id);
  await db.delete(chatMessageTranslations).where(inArray(chatMessageTranslations.messageId, ids));
  await db.update(chatMessages).set({ originalText: "", deletedAt: new Date() }).where(inArray(chatMessages.id, ids));
}
