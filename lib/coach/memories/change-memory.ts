import "server-only";
import { sql } from "drizzle-orm";
import { embed } from "../../ai/embeddings";
import { rowsOf } from "../../db/rows";
import type { Db } from "../../db/types";
import { apiError, notFound } from "../../http";
import { isMemoryAvailable, vectorLiteral } from "./memory";

async function requireMemoryTable(db: Db) {
  if (!(await isMemoryAvailable(db))) throw apiError("SERVICE_UNAVAILABLE", "coach.memoryOff");
}

/** Replaces what the coach remembers of one message and re-embeds it, so retrieval finds the new
 * text from the next answer on; the conversation itself keeps what was said. */
export async function editMemory({ db, userId, memoryId, text, now = new Date() }: { db: Db; userId: string; memoryId: string; text: string; now?: Date }) {
  await requireMemoryTable(db);
  const [vector] = await embed({ db, texts: [text] });
  const result = await db.execute(sql`
    update coach_memory_vectors set memory_text = ${text}, edited_at = ${now.toISOString()}::timestamptz,
      embedding = ${vectorLiteral(vector ?? [])}::vector
    where message_id = ${memoryId}::uuid and user_id = ${userId}::uuid
    returning message_id as id`);
  if (rowsOf(result).length === 0) throw notFound("memory");
  return { id: memoryId, text, editedAt: now.toISOString() };
}

/** Forgets one memory: the vector row goes, so no later answer can retrieve it. Messages are only
 * remembered when they are sent, so nothing brings it back. */
export async function forgetMemory({ db, userId, memoryId }: { db: Db; userId: string; memoryId: string }) {
  await requireMemoryTable(db);
  const result = await db.execute(sql`
    delete from coach_memory_vectors where message_id = ${memoryId}::uuid and user_id = ${userId}::uuid returning message_id as id`);
  if (rowsOf(result).length === 0) throw notFound("memory");
  return { id: memoryId, forgotten: true };
}
