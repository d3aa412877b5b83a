// recall@10 of deep memory's HNSW search against an exact scan, for the coach-memory bench: the same
// query, once through the index (as searchMemories runs it) and once with index scans switched off.
import { sql } from "drizzle-orm";
import { embed } from "../../lib/ai/embeddings";
import { vectorLiteral } from "../../lib/coach/memories/memory";
import { rowsOf } from "../../lib/db/rows";
import type { Db } from "../../lib/db/types";
import { percentile, round } from "./stats";

const K = 10;

async function topIds(db: Db, userId: string, literal: string, exact: boolean, efSearch: number) {
  return db.transaction(async (tx) => {
    if (exact) {
      await tx.execute(sql`set local enable_indexscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
    } else {
      await tx.execute(sql`set local hnsw.iterative_scan = relaxed_order`);
      await tx.execute(sql.raw(`set local hnsw.ef_search = ${efSearch}`));
    }
    const started = performance.now();
    const result = await tx.execute(sql`
      select message_id as id from coach_memory_vectors where user_id = ${userId}
      order by embedding <=> ${literal}::vector limit ${K}`);
    return { ids: rowsOf<{ id: string }>(result).map((r) => r.id), ms: performance.now() - started };
  });
}

/** Mean recall@10 and the index query's p95 over `queries`, at one ef_search. */
export async function measureRecall({ db, userId, queries, efSearch }: { db: Db; userId: string; queries: string[]; efSearch: number }) {
  const vectors = await embed({ db, texts: queries });
  let recall = 0;
  const times: number[] = [];
  for (const vector of vectors) {
    const literal = vectorLiteral(vector);
    const exact = new Set((await topIds(db, userId, literal, true, efSearch)).ids);
    const approximate = await topIds(db, userId, literal, false, efSearch);
    times.push(approximate.ms);
    recall += exact.size === 0 ? 1 : approximate.ids.filter((id) => exact.has(id)).length / exact.size;
  }
  return { efSearch, recallAt10: round(recall / vectors.length, 3), hnswP95Ms: round(percentile(times, 95), 1) };
}
