import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, real, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { inList } from "./in-list";
import { translationEngines } from "./translation";
import { users } from "./users";

export const chatKinds = ["direct", "group"] as const;

export const chatConversations = pgTable(
  "chat_conversations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind", { enum: chatKinds }).notNull(),
    title: text("title"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("chat_conversations_kind_check", sql`${t.kind} in (${inList(chatKinds)})`)],
);

export const chatMembers = pgTable(
  "chat_members",
  {
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => chatConversations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Overrides the user's preferred language in this conversation. */
    language: text("language"),
    lastReadAt: timestamp("last_read_at", { withTimezone: true }),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.userId] }), index("chat_members_user_idx").on(t.userId)],
);

export const chatMessages = pgTable(
  "chat_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => chatConversations.id, { onDelete: "cascade" }),
    senderId: uuid("sender_id").references(() => users.id, { onDelete: "set null" }),
    clientId: text("client_id").notNull(),
    originalText: text("original_text").notNull(),
    originalLang: text("original_lang").notNull(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("chat_messages_client_id_unique").on(t.conversationId, t.senderId, t.clientId),
    index("chat_messages_history_idx").on(t.conversationId, t.createdAt),
  ],
);

/** One translation per message and target language, however many members read that language. */
export const chatMessageTranslations = pgTable(
  "message_translations",
  {
    messageId: uuid("message_id")
      .notNull()
      .references(() => chatMessages.id, { onDelete: "cascade" }),
    targetLang: text("target_lang").notNull(),
    text: text("text").notNull(),
    engine: text("engine", { enum: translationEngines }).notNull(),
    confidence: real("confidence").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("message_translations_target_unique").on(t.messageId, t.targetLang),
    check("message_translations_engine_check", sql`${t.engine} in (${inList(translationEngines)})`),
  ],
);

export type ChatConversation = typeof chatConversations.$inferSelect;
export type ChatMessage = typeof chatMessages.$inferSelect;
