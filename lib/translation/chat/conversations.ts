import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { chatConversations, chatMembers, contacts, users } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError } from "../../http";
import { assertNoBlocks } from "./blocks";
import { MAX_MEMBERS, membersOf, readerLanguage, requireMember } from "./membership";

async function findDirect({ db, a, b }: { db: Db; a: string; b: string }) {
  const [row] = await db
    .select({ id: chatConversations.id })
    .from(chatConversations)
    .innerJoin(chatMembers, eq(chatMembers.conversationId, chatConversations.id))
    .where(and(eq(chatConversations.kind, "direct"), inArray(chatMembers.userId, [a, b])))
    .groupBy(chatConversations.id)
    .having(sql`count(*) = 2`);
  return row?.id;
}

/** A direct conversation (one other member; the existing one is reused) or a group of up to 50,
 * with accepted contacts only. */
export async function createConversation({ db, userId, memberIds, title }: { db: Db; userId: string; memberIds: string[]; title?: string }) {
  const others = [...new Set(memberIds)].filter((id) => id !== userId);
  if (others.length === 0) throw apiError("VALIDATION_ERROR", "translate.addMember", { fields: [{ field: "memberIds", key: "fields.noOtherMember" }] });
  if (others.length + 1 > MAX_MEMBERS) throw apiError("VALIDATION_ERROR", "translate.tooManyMembers", { values: { max: MAX_MEMBERS }, fields: [{ field: "memberIds", key: "fields.tooManyMembers", values: { max: MAX_MEMBERS - 1 } }] });
  const accepted = await db
    .select({ id: contacts.contactId })
    .from(contacts)
    .where(and(eq(contacts.ownerId, userId), eq(contacts.status, "accepted"), inArray(contacts.contactId, others)));
  if (accepted.length !== others.length) throw apiError("FORBIDDEN", "translate.contactsOnly");
  await assertNoBlocks({ db, userId, otherIds: others });
  const kind = others.length === 1 && !title ? "direct" : "group";
  const existing = kind === "direct" ? await findDirect({ db, a: userId, b: others[0]! }) : undefined;
  if (existing) return getConversation({ db, userId, conversationId: existing });
  const id = await db.transaction(async (tx) => {
    const [conversation] = await tx.insert(chatConversations).values({ kind, title: title ?? null, createdBy: userId }).returning();
    await tx.insert(chatMembers).values([userId, ...others].map((memberId) => ({ conversationId: conversation!.id, userId: memberId })));
    return conversation!.id;
  });
  return getConversation({ db, userId, conversationId: id });
}

export async function getConversation({ db, userId, conversationId }: { db: Db; userId: string; conversationId: string }) {
  const me = await requireMember({ db, userId, conversationId });
  const [conversation] = await db.select().from(chatConversations).where(eq(chatConversations.id, conversationId));
  return { ...conversation!, language: me.language, members: await membersOf({ db, conversationId }) };
}

/** My conversations, most recent first, with members (for the list's names). */
export async function listConversations({ db, userId }: { db: Db; userId: string }) {
  const mine = await db
    .select({ conversation: chatConversations, language: readerLanguage })
    .from(chatMembers)
    .innerJoin(chatConversations, eq(chatConversations.id, chatMembers.conversationId))
    .innerJoin(users, eq(users.id, chatMembers.userId))
    .where(eq(chatMembers.userId, userId))
    .orderBy(desc(chatConversations.lastMessageAt));
  return Promise.all(
    mine.map(async ({ conversation, language }) => ({ ...conversation, language, members: await membersOf({ db, conversationId: conversation.id }) })),
  );
}

/** My language in this conversation (null: back to my preferred language). */
export async function setConversationLanguage({ db, userId, conversationId, language }: { db: Db; userId: string; conversationId: string; language: string | null }) {
  await requireMember({ db, userId, conversationId });
  await db.update(chatMembers).set({ language }).where(and(eq(chatMembers.conversationId, conversationId), eq(chatMembers.userId, userId)));
  return getConversation({ db, userId, conversationId });
}
