// recall@10 of deep memory's HNSW search against an exact scan, for the coach-memory bench: the same
// query, once through the index (as searchMemories runs it) and once with index scans switched off.
// Two figures: by id (the index returned the exact scan's rows), and by distance (each returned row is
// as close as the exact scan's 10th, the ann-benchmarks definition). They differ when many snippets
// are equally close (repeated phrases embed identically), and the exact scan's pick among those ties
// is arbitrary.
import { sql } from "drizzle-orm";
import { embed } from "../../lib/ai/embeddings";
import { vectorLiteral } from "../../lib/coach/memories/memory";
import { rowsOf } from "../../lib/db/rows";
import type { Db } from "../../lib/db/types";
import { percentile, round } from "./stats";

const K = 10;
/** Distances are float4 arithmetic; equal vectors can differ in the last bits. */
const DISTANCE_EPSILON = 1e-6;

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
      select message_id as id, embedding <=> ${literal}::vector as distance from coach_memory_vectors where user_id = ${userId}
      order by embedding <=> ${literal}::vector limit ${K}`);
    const rows = rowsOf<{ id: string; distance: number }>(result);
    return { ids: rows.map((r) => r.id), distances: rows.map((r) => Number(r.distance)), ms: performance.now() - started };
  });
}

/** Mean recall@10 and the index query's p95 over `queries`, at one ef_search. */
export async function measureRecall({ db, userId, queries, efSearch }: { db: Db; userId: string; queries: string[]; efSearch: number }) {
  const vectors = await embed({ db, texts: queries });
  let byId = 0;
  let byDistance = 0;
  const times: number[] = [];
  for (const vector of vectors) {
    const literal = vectorLiteral(vector);
    const exact = await topIds(db, userId, literal, true, efSearch);
    const approximate = await topIds(db, userId, literal, false, efSearch);
    times.push(approximate.ms);
    if (exact.ids.length === 0) {
      byId += 1;
      byDistance += 1;
      continue;
    }
    const exactIds = new Set(exact.ids);
    const kth = exact.distances.at(-1)! + DISTANCE_EPSILON;
    byId += approximate.ids.filter((id) => exactIds.has(id)).length / exact.ids.length;
    byDistance += Math.min(exact.ids.length, approximate.distances.filter((d) => d <= kth).length) / exact.ids.length;
  }
  return {
    efSearch,
    recallAt10: round(byDistance / vectors.length, 3),
    recallAt10ById: round(byId / vectors.length, 3),
    hnswP95Ms: round(percentile(times, 95), 1),
  };
}
