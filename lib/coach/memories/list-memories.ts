import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows";
import type { Db } from "../../db/types";
import { isMemoryAvailable } from "../memory";
import { MEMORY_PAGE_SIZE, type ListMemoriesQuery } from "./memory-schemas";

export type MemoryItem = {
  id: string;
  text: string;
  /** What the user actually said, when the memory has been edited since. */
  original: string | null;
  editedAt: string | null;
  createdAt: string;
  source: { conversationId: string; title: string };
};

export type MemoryPage =
  | { status: "available"; memories: MemoryItem[]; page: number; pageSize: number; total: number }
  | { status: "unavailable"; memories: []; page: number; pageSize: number; total: 0; reason: string };

type Row = {
  id: string;
  text: string;
  content: string;
  memory_text: string | null;
  edited_at: string | Date | null;
  created_at: string | Date;
  conversation_id: string;
  title: string;
  total: number | string;
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** What deep memory holds for the user, newest first, with the conversation each came from; a
 * search matches the remembered text (edited or not), case-insensitively. */
export async function listMemories({ db, userId, query }: { db: Db; userId: string; query: ListMemoriesQuery }): Promise<MemoryPage> {
  const page = { page: query.page, pageSize: MEMORY_PAGE_SIZE };
  if (!(await isMemoryAvailable(db))) {
    return { status: "unavailable", memories: [], ...page, total: 0, reason: "This database has no pgvector, so the coach keeps no deep memory." };
  }
  const search = query.q ? sql`and coalesce(v.memory_text, m.content) ilike ${`%${escapeLike(query.q)}%`}` : sql``;
  const result = await db.execute(sql`
    select v.message_id as id, coalesce(v.memory_text, m.content) as text, m.content, v.memory_text, v.edited_at,
      m.created_at, m.conversation_id, c.title, count(*) over () as total
    from coach_memory_vectors v
    join coach_messages m on m.id = v.message_id and m.user_id = ${userId}
    join coach_conversations c on c.id = m.conversation_id
    where v.user_id = ${userId} ${search}
    order by v.created_at desc, v.message_id
    limit ${MEMORY_PAGE_SIZE} offset ${(query.page - 1) * MEMORY_PAGE_SIZE}`);
  const rows = rowsOf<Row>(result);
  return {
    status: "available",
    ...page,
    total: Number(rows[0]?.total ?? 0),
    memories: rows.map((row) => ({
      id: row.id,
      text: row.text,
      original: row.memory_text === null ? null : row.content,
      editedAt: row.edited_at === null ? null : new Date(row.edited_at).toISOString(),
      createdAt: new Date(row.created_at).toISOString(),
      source: { conversationId: row.conversation_id, title: row.title },
    })),
  };
}
