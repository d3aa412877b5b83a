import "server-only";
import { getTableColumns, sql } from "drizzle-orm";
import { chatMessages, type ChatMessage } from "../../db/schema";
import { rowsOf } from "../../db/rows";
import type { Db } from "../../db/types";
import { loggedEvents, notifyLogged, published } from "../../realtime/bus";
import type { TranslationEngineName } from "../types";
import { conversationChannel } from "./channels";

export type ReadyTranslation = { targetLang: string; text: string; engine: TranslationEngineName; confidence: number };

const MESSAGE_COLUMNS = Object.entries(getTableColumns(chatMessages));
export const MESSAGE_CREATED = "message.created";

function toMessage(row: Record<string, unknown>): ChatMessage {
  return Object.fromEntries(MESSAGE_COLUMNS.map(([key, column]) => [key, row[column.name] ?? null])) as ChatMessage;
}

/** One statement: the message (once per client id), its translations, the conversation's and the
 * sender's timestamps, and the `message.created` event with its NOTIFY, so they commit together and
 * a send costs one round trip. Null when this client id was stored before (a retried send). */
export async function storeMessage({ db, userId, conversationId, clientId, text, language, translations }: {
  db: Db;
  userId: string;
  conversationId: string;
  clientId: string;
  text: string;
  language: string;
  translations: ReadyTranslation[];
}): Promise<ChatMessage | null> {
  const insert = db
    .insert(chatMessages)
    .values({ conversationId, senderId: userId, clientId, originalText: text, originalLang: language })
    .onConflictDoNothing()
    .returning();
  const channel = conversationChannel(conversationId);
  const result = await db.execute(sql`
    with msg as (${insert.getSQL()}),
    translated as (
      insert into message_translations (message_id, target_lang, text, engine, confidence)
      select msg.id, t.target_lang, t.text, t.engine, t.confidence
      from msg cross join jsonb_to_recordset(${JSON.stringify(translations.map((t) => ({ target_lang: t.targetLang, text: t.text, engine: t.engine, confidence: t.confidence })))}::jsonb)
        as t(target_lang text, text text, engine text, confidence real)
      on conflict do nothing
    ),
    conversation as (
      update chat_conversations set last_message_at = now() where id = ${conversationId} and exists (select from msg)
    ),
    sender as (
      update chat_members set last_seen_at = now(), last_read_at = now()
      where conversation_id = ${conversationId} and user_id = ${userId} and exists (select from msg)
    ),
    ${loggedEvents(sql`select ${channel}, ${MESSAGE_CREATED}, jsonb_build_object('messageId', msg.id, 'senderId', msg.sender_id, 'clientId', msg.client_id) from msg`)}
    select msg.*, logged.id as event_id, ${notifyLogged} from msg cross join logged`);
  const [row] = rowsOf<Record<string, unknown>>(result);
  if (!row) return null;
  const message = toMessage(row);
  published({ id: Number(row.event_id), channel, type: MESSAGE_CREATED, payload: { messageId: message.id, senderId: userId, clientId } });
  return message;
}
