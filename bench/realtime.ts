// Publish → receipt latency with 1, 100 and 1,000 subscribers: in-process on PGlite (bus + SSE
// stream), and across instances on server Postgres (publisher here, subscribers over HTTP SSE to a
// separate `next start`, read with a lean node:http client so the measuring process is not the
// bottleneck).
import { setMaxListeners } from "node:events";
import { createDatabase } from "../lib/db/create-database";
import type { Database } from "../lib/db/types";
import { publish } from "../lib/realtime/bus";
import { openEventStream } from "../lib/realtime/sse";
import { sseReader } from "../tests/fixtures/sse";
import { resetBenchDatabase } from "./lib/postgres";
import { signUp, startServer } from "./lib/server";
import { openSseSocket } from "./lib/sse-socket";
import { percentile, round } from "./lib/stats";

const SUBSCRIBERS = [1, 100, 1_000];
const EVENTS = 30;

type Reader = { next: () => Promise<unknown> };

/** Publishes EVENTS events one after another; each is done when every reader has it. */
async function measureLatency(readers: Reader[], publishOne: (seq: number) => Promise<unknown>) {
  const latencies: number[] = [];
  for (let seq = 0; seq < EVENTS; seq++) {
    const sentAt = performance.now();
    const receipts = readers.map((r) => r.next().then(() => latencies.push(performance.now() - sentAt)));
    await publishOne(seq);
    await Promise.all(receipts);
  }
  return { p50Ms: round(percentile(latencies, 50), 2), p95Ms: round(percentile(latencies, 95), 2), receipts: latencies.length };
}

async function inProcess(database: Database, subscribers: number) {
  const abort = new AbortController();
  setMaxListeners(subscribers + 10, abort.signal);
  const channel = `user:inproc-${subscribers}`;
  const readers = await Promise.all(
    Array.from({ length: subscribers }, async () =>
      sseReader(await openEventStream({ database, channels: [channel], lastEventId: null, signal: abort.signal })),
    ),
  );
  const result = await measureLatency(readers, (seq) => publish({ db: database.db, channel, type: "bench", payload: { seq } }));
  abort.abort();
  return result;
}

async function overHttp(url: string, cookie: string, userId: string, publisher: Database, subscribers: number) {
  const channel = `user:${userId}`;
  const readers = await Promise.all(
    Array.from({ length: subscribers }, () => openSseSocket(`${url}/api/realtime?channel=${channel}`, cookie)),
  );
  const result = await measureLatency(readers, (seq) => publish({ db: publisher.db, channel, type: "bench", payload: { seq } }));
  readers.forEach((r) => r.close());
  return result;
}

export async function benchRealtime() {
  const rows = [];
  const pglite = await createDatabase({ driver: "pglite" });
  for (const n of SUBSCRIBERS) rows.push({ path: "in-process, PGlite", subscribers: n, ...(await inProcess(pglite, n)) });
  await pglite.close();

  const databaseUrl = await resetBenchDatabase();
  // One user holds every subscriber here, far past the per-user stream cap a real user gets.
  const server = await startServer({
    port: 3203,
    dataDir: ".data/bench-realtime",
    databaseUrl,
    env: { SSE_STREAMS_PER_USER: String(Math.max(...SUBSCRIBERS) + 10) },
  });
  const publisher = await createDatabase({ driver: "postgres", url: databaseUrl, poolSize: 2 });
  try {
    const { cookie, userId } = await signUp(server.url, `bench-rt-${Date.now()}@example.com`);
    for (const n of SUBSCRIBERS) {
      rows.push({ path: "HTTP SSE, other instance, Postgres", subscribers: n, ...(await overHttp(server.url, cookie, userId, publisher, n)) });
    }
  } finally {
    await publisher.close();
    await server.stop();
  }
  return rows;
}
