// npx tsx --conditions=react-server bench/connect-matching.ts — Connect matching over 100,000 active
// clips: the match query p95 (target < 50 ms) on PGlite (pgvector) and server Postgres (real[] cosine),
// with a same-run `select 1` baseline; and clip upload → match.found NOTIFY p95 (target < 1 s) with the
// offline engines, a waiting person answered by the new clip. Writes bench/results/connect-matching.json.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dataDir = mkdtempSync(path.join(tmpdir(), "cadence-bench-connect-"));
process.env.DATA_DIR = dataDir;
process.env.LOG_LEVEL = "silent";
process.env.BENCH_DATABASE ??= "cadence_bench_connect";

const { eq, sql } = await import("drizzle-orm");
const { createDatabase } = await import("../lib/db/create-database");
const { connectProfiles, connectWaits, users } = await import("../lib/db/schema");
const { findCandidate } = await import("../lib/connect/find-candidate");
const { createClip } = await import("../lib/connect/clips");
const { processClip } = await import("../lib/connect/process-clip");
const { NOTIFY_CHANNEL } = await import("../lib/realtime/bus");
const { rowsOf } = await import("../lib/db/rows");
const { resetBenchDatabase } = await import("./lib/postgres");
const { seedActiveClips } = await import("./lib/connect-seed");
const { percentile, round, writeResult } = await import("./lib/stats");
const { makeWav } = await import("../tests/fixtures/audio");

const CLIPS = Number(process.env.BENCH_CONNECT_CLIPS ?? 100_000);
const QUERIES = 100;
const UPLOADS = 30;

type Database = Awaited<ReturnType<typeof createDatabase>>;

async function timeIt(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const started = performance.now();
    await fn();
    if (i >= 5) times.push(performance.now() - started);
  }
  return times;
}

async function seeker(db: Database["db"], label: string) {
  const [user] = await db.insert(users).values({ authProvider: "local", authSubject: `${label}-${crypto.randomUUID()}`, email: `${label}@example.com`, emailVerified: true }).returning();
  const [profile] = await db.insert(connectProfiles).values({ userId: user!.id, displayName: label, birthDate: "1985-03-03", languages: ["en"] }).returning();
  return { user: user!, profile: profile! };
}

async function benchQuery(database: Database) {
  const { db } = database;
  const me = await seeker(db, "seeker");
  const target = () => Array.from({ length: 8 }, () => Math.random());
  const times = await timeIt(() => findCandidate({ db, seeker: { userId: me.user.id, profile: me.profile }, target: target() }), QUERIES);
  const baseline = await timeIt(() => db.execute(sql`select 1`), QUERIES);
  return { p50Ms: round(percentile(times, 50), 1), p95Ms: round(percentile(times, 95), 1), baselineSelect1P95Ms: round(percentile(baseline, 95), 2) };
}

async function benchUploadToMatch(database: Database) {
  const { db } = database;
  const waiting = new Map<string, () => void>();
  const stop = await database.listen(NOTIFY_CHANNEL, (raw) => {
    const event = JSON.parse(raw) as { channel: string; type: string };
    if (event.type === "match.found") waiting.get(event.channel)?.();
  });
  const times: number[] = [];
  for (let i = 0; i < UPLOADS; i++) {
    const waiter = await seeker(db, `waiter-${i}`);
    const [clip] = await db.execute(sql`insert into connect_clips (user_id, status, content_type, size_bytes, duration_ms, transcript, emotions, processed_at)
      values (${waiter.user.id}, 'completed', 'audio/wav', 1, 3000, 'lonely', array[0.9,0,0,0.5,0,0,0,0]::real[], now()) returning id`).then((r) => rowsOf<{ id: string }>(r));
    if (database.vector) await db.execute(sql`update connect_clips set emotion_vec = emotions::vector where id = ${clip!.id}`);
    await db.insert(connectWaits).values({ userId: waiter.user.id, clipId: clip!.id, mode: "similar", expiresAt: new Date(Date.now() + 3_600_000) });
    const uploader = await seeker(db, `uploader-${i}`);
    const [user] = await db.select().from(users).where(eq(users.id, uploader.user.id));
    const heard = new Promise<void>((resolve) => waiting.set(`user:${waiter.user.id}`, resolve));
    const started = performance.now();
    const created = await createClip({ db, user: user!, audio: makeWav(3), transcript: "I feel so lonely and a bit sad tonight" });
    await processClip({ db, clipId: created.id });
    await heard;
    times.push(performance.now() - started);
  }
  await stop();
  return { uploadToMatchP50Ms: round(percentile(times, 50), 1), uploadToMatchP95Ms: round(percentile(times, 95), 1) };
}

const rows = [];
for (const driver of ["pglite", "postgres"] as const) {
  const database =
    driver === "pglite"
      ? await createDatabase({ driver, dataDir: path.join(dataDir, "db") })
      : await createDatabase({ driver, url: await resetBenchDatabase(), poolSize: 4 });
  const seedStarted = performance.now();
  await seedActiveClips({ db: database.db, count: CLIPS, withVector: database.vector });
  const seedSeconds = round((performance.now() - seedStarted) / 1000, 0);
  const query = await benchQuery(database);
  const upload = await benchUploadToMatch(database);
  const row = { driver, ranking: database.vector ? "pgvector <=>" : "real[] cosine in SQL", activeClips: CLIPS, queries: QUERIES, ...query, targetP95Ms: 50, ...upload, uploadTargetP95Ms: 1000, seedSeconds };
  console.table([row]);
  rows.push(row);
  await database.close();
}
writeResult("connect-matching", rows);
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
