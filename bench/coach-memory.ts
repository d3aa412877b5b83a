// npx tsx --conditions=react-server bench/coach-memory.ts — deep memory (RAG) retrieval p95 for a
// user with 20,000 remembered messages (target under 50 ms) and with 100,000 (under 200 ms), on
// PGlite with pgvector, among other users' messages, and recall@10 of that HNSW search against an
// exact scan (target ≥ 0.95 at p95 < 20 ms) at two ef_search settings. Writes bench/results/coach-memory.json.
// The react-server condition lets the "server-only" marker resolve outside Next.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dataDir = mkdtempSync(path.join(tmpdir(), "cadence-bench-"));
process.env.DATA_DIR = dataDir;
process.env.LOG_LEVEL = "silent";

const { sql } = await import("drizzle-orm");
const { searchMemories } = await import("../lib/coach/memories/memory");
const { createDatabase } = await import("../lib/db/create-database");
const { createChatter, createCoachUser, storeRememberedMessages } = await import("./lib/coach-history");
const { percentile, round, writeResult } = await import("./lib/stats");
const { measureRecall } = await import("./lib/memory-recall");

const QUERIES = 100;
const STEPS = [
  { snippets: 20_000, targetP95Ms: 50 },
  { snippets: 100_000, targetP95Ms: 200 },
];
const OTHER_USERS = 4;
const OTHER_USER_SNIPPETS = 1_000;

const database = await createDatabase({ driver: "pglite", dataDir: path.join(dataDir, "db") });
const { db } = database;
const chatter = createChatter(3);
for (let i = 0; i < OTHER_USERS; i++) {
  await storeRememberedMessages({ db, userId: await createCoachUser(db, `other-${i}`), count: OTHER_USER_SNIPPETS, chatter });
}
const userId = await createCoachUser(db, "coach-memory");
const queries = createChatter(99);

const rows = [];
let stored = 0;
for (const step of STEPS) {
  // A bulk load, as an import would do it: without the HNSW index (inserting one row at a time into
  // it runs at ~70 rows/s on PGlite), then the index built in one go. Live chat adds one row a turn.
  const loadStarted = performance.now();
  await db.execute(sql`drop index if exists coach_memory_vectors_embedding_idx`);
  await storeRememberedMessages({ db, userId, count: step.snippets - stored, chatter, end: new Date(Date.now() - stored * 60_000) });
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const indexStarted = performance.now();
  await db.execute(sql`set maintenance_work_mem = '1GB'`);
  await db.execute(sql`create index coach_memory_vectors_embedding_idx on coach_memory_vectors using hnsw (embedding vector_cosine_ops)`);
  await db.execute(sql`analyze coach_memory_vectors`);
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  stored = step.snippets;
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < QUERIES + 10; i++) {
    const started = performance.now();
    const result = await searchMemories({ db, userId, query: queries() });
    if (i >= 10) {
      times.push(performance.now() - started);
      found += result.memories.length;
    }
  }
  const recallQueries = Array.from({ length: 50 }, () => queries());
  const recall = [];
  for (const efSearch of [40, 100, 200]) recall.push(await measureRecall({ db, userId, queries: recallQueries, efSearch }));
  const row = {
    snippets: step.snippets,
    queries: QUERIES,
    p50Ms: round(percentile(times, 50), 1),
    p95Ms: round(percentile(times, 95), 1),
    targetP95Ms: step.targetP95Ms,
    meanMemoriesFound: round(found / QUERIES, 1),
    loadSeconds: round(loadSeconds, 0),
    indexBuildSeconds: round(indexSeconds, 0),
    recallAt10: recall.map((r) => `ef_search ${r.efSearch}: ${r.recallAt10} (by id ${r.recallAt10ById}; p95 ${r.hnswP95Ms} ms)`).join("; "),
    recallTarget: "≥ 0.95 at p95 < 20 ms",
  };
  console.table([row]);
  rows.push(row);
}
writeResult("coach-memory", rows);
await database.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
