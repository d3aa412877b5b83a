import "server-only";
import { sql } from "drizzle-orm";
import { embed, embeddingEngine } from "../ai/embeddings";
import { rowsOf } from "../db/rows";
import type { Db } from "../db/types";

// Deep memory: the user's own past messages as pgvector rows (coach_memory_vectors), searched by
// cosine distance. The table exists only where pgvector does; elsewhere memory is "unavailable".

export type Memory = { messageId: string; createdAt: string; snippet: string; similarity: number };

export type MemorySearch =
  | { status: "used"; memories: Memory[] }
  | { status: "empty"; memories: []; reason: string }
  | { status: "skipped"; memories: []; reason: string }
  | { status: "unavailable"; memories: []; reason: string };

export const MEMORY_TOP_K = 5;
/** Minimum cosine similarity per embedding engine: local feature hashing scores only shared words,
 * so related texts sit lower than with OpenAI's model. */
export const MEMORY_THRESHOLD = { local: 0.2, openai: 0.3 } as const;
const SNIPPET_CHARS = 280;

const availability = new WeakMap<Db, Promise<boolean>>();

/** Whether coach_memory_vectors exists on this database; asked once per database. */
export function isMemoryAvailable(db: Db): Promise<boolean> {
  let known = availability.get(db);
  if (!known) {
    known = db
      .execute<{ present: boolean }>(sql`select to_regclass('coach_memory_vectors') is not null as present`)
      .then((result) => Boolean(rowsOf<{ present: boolean }>(result)[0]?.present));
    known.catch(() => availability.delete(db));
    availability.set(db, known);
  }
  return known;
}

export function vectorLiteral(vector: readonly number[]): string {
  return `[${vector.map((v) => (Number.isFinite(v) ? Number(v.toFixed(6)) : 0)).join(",")}]`;
}

export function snippetOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= SNIPPET_CHARS ? flat : `${flat.slice(0, SNIPPET_CHARS - 1)}…`;
}

type Remembered = { id: string; userId: string; content: string; createdAt: Date };

const INSERT_BATCH = 200;

/** Embeds user messages and stores them for later search; a no-op without pgvector. Idempotent. */
export async function rememberMessages({ db, messages }: { db: Db; messages: Remembered[] }): Promise<number> {
  if (messages.length === 0 || !(await isMemoryAvailable(db))) return 0;
  const vectors = await embed({ db, texts: messages.map((m) => m.content) });
  for (let start = 0; start < messages.length; start += INSERT_BATCH) {
    const rows = messages.slice(start, start + INSERT_BATCH).map(
      (m, i) => sql`(${m.id}::uuid, ${m.userId}::uuid, ${m.createdAt.toISOString()}::timestamptz, ${vectorLiteral(vectors[start + i] as number[])}::vector)`,
    );
    await db.execute(sql`
      insert into coach_memory_vectors (message_id, user_id, created_at, embedding)
      values ${sql.join(rows, sql`, `)}
      on conflict (message_id) do nothing`);
  }
  return messages.length;
}

type SearchArgs = { db: Db; userId: string; query: string; excludeMessageIds?: string[]; limit?: number };

/** The user's own past messages closest in meaning to `query` (cosine), above the threshold, best first. */
export async function searchMemories({ db, userId, query, excludeMessageIds = [], limit = MEMORY_TOP_K }: SearchArgs): Promise<MemorySearch> {
  if (!(await isMemoryAvailable(db))) {
    return { status: "unavailable", memories: [], reason: "This database has no pgvector, so deep memory is off." };
  }
  if (!query.trim()) return { status: "skipped", memories: [], reason: "No message to search memory for." };
  const [vector] = await embed({ db, texts: [query] });
  if (!vector || vector.every((v) => v === 0)) {
    return { status: "skipped", memories: [], reason: "The message has no content words to search by." };
  }
  const threshold = MEMORY_THRESHOLD[embeddingEngine()];
  const literal = vectorLiteral(vector);
  const exclude = excludeMessageIds.length
    ? sql`and v.message_id not in (${sql.join(excludeMessageIds.map((id) => sql`${id}::uuid`), sql`, `)})`
    : sql``;
  // The inner query orders by distance alone so the HNSW index can serve it; the threshold and the
  // join to the message text apply to the few rows it returns. The index walks the whole table, so
  // without an iterative scan the user filter could leave fewer than `limit` of their own rows.
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`set local hnsw.iterative_scan = relaxed_order`);
    return tx.execute(sql`
    select m.id as "messageId", m.created_at as "createdAt", coalesce(n.memory_text, m.content) as content, 1 - n.distance as similarity
    from (
      select v.message_id, v.memory_text, v.embedding <=> ${literal}::vector as distance
      from coach_memory_vectors v
      where v.user_id = ${userId} ${exclude}
      order by v.embedding <=> ${literal}::vector
      limit ${limit}
    ) n
    join coach_messages m on m.id = n.message_id and m.user_id = ${userId}
    order by n.distance`);
  });
  const memories = rowsOf<{ messageId: string; createdAt: string | Date; content: string; similarity: number }>(result)
    .filter((row) => Number(row.similarity) >= threshold)
    .map((row) => ({
      messageId: row.messageId,
      createdAt: new Date(row.createdAt).toISOString(),
      snippet: snippetOf(row.content),
      similarity: Number(Number(row.similarity).toFixed(3)),
    }));
  if (memories.length === 0) return { status: "empty", memories: [], reason: "Nothing you said before is close enough to this." };
  return { status: "used", memories };
}
