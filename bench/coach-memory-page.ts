// npx tsx --conditions=react-server bench/coach-memory-page.ts — the memory page's first page (and a
// search) for a user with 10,000 remembered messages among other users' (target p95 < 200 ms), on
// PGlite with pgvector. Writes bench/results/coach-memory-page.json.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dataDir = mkdtempSync(path.join(tmpdir(), "cadence-bench-"));
process.env.DATA_DIR = dataDir;
process.env.LOG_LEVEL = "silent";

const { sql } = await import("drizzle-orm");
const { listMemories } = await import("../lib/coach/memories/list-memories");
const { createDatabase } = await import("../lib/db/create-database");
const { createChatter, createCoachUser, storeRememberedMessages } = await import("./lib/coach-history");
const { percentile, round, writeResult } = await import("./lib/stats");

const SNIPPETS = 10_000;
const RUNS = 100;
const TARGET_P95_MS = 200;

const database = await createDatabase({ driver: "pglite", dataDir: path.join(dataDir, "db") });
const { db } = database;
const chatter = createChatter(5);
// Loaded without the HNSW index (one-row inserts into it are slow on PGlite); the page never uses it.
await db.execute(sql`drop index if exists coach_memory_vectors_embedding_idx`);
for (let i = 0; i < 3; i++) await storeRememberedMessages({ db, userId: await createCoachUser(db, `other-${i}`), count: 2_000, chatter });
const userId = await createCoachUser(db, "memory-page");
await storeRememberedMessages({ db, userId, count: SNIPPETS, chatter });
await db.execute(sql`analyze`);

async function measure(query: { q?: string; page: number }) {
  const times: number[] = [];
  let shown = 0;
  for (let i = 0; i < RUNS + 10; i++) {
    const started = performance.now();
    const result = await listMemories({ db, userId, query });
    if (i >= 10) {
      times.push(performance.now() - started);
      shown = result.memories.length;
    }
  }
  return { p50Ms: round(percentile(times, 50), 1), p95Ms: round(percentile(times, 95), 1), shown };
}

const rows = [
  { case: "first page", snippets: SNIPPETS, ...(await measure({ page: 1 })), targetP95Ms: TARGET_P95_MS },
  { case: "page 50", snippets: SNIPPETS, ...(await measure({ page: 50 })), targetP95Ms: TARGET_P95_MS },
  { case: "search “pricing page in Lisbon”", snippets: SNIPPETS, ...(await measure({ q: "pricing page in Lisbon", page: 1 })), targetP95Ms: TARGET_P95_MS },
];
console.table(rows);
writeResult("coach-memory-page", rows);
await database.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
