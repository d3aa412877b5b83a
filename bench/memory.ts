// Server memory across 60 s of mixed load and 30 s idle (issue 17): RSS of the Next server before,
// right after, and after idling; then the live heap from a heap snapshot (which runs a full GC
// first) after that round and after a second identical one, to tell a leak (the live heap grows
// round on round) from V8 and the allocator keeping pages they no longer use (RSS stays high while
// the live heap does not grow).
import { closeSync, mkdirSync, openSync, readdirSync, readSync, rmSync, statSync } from "node:fs";
import { setTimeout as delay } from "node:timers/promises";
import { jsonClient, type JsonClient } from "./lib/json-client";
import { resetBenchDatabase } from "./lib/postgres";
import { serverProcess } from "./lib/process-memory";
import { signUp, startServer } from "./lib/server";

const LOAD_SECONDS = 60;
const IDLE_SECONDS = 30;
const IN_FLIGHT = 8;
const PORT = Number(process.env.BENCH_MEMORY_PORT ?? 3212);
const SNAPSHOT_DIR = ".data/bench-memory-snapshots";

/** Writes a heap snapshot (SIGUSR2, --heapsnapshot-signal) and reads its node count and size. The
 * server writes it synchronously, so it is complete once the server answers again. */
async function heapSnapshot(url: string, pid: number): Promise<{ nodes: number; mb: number }> {
  const before = new Set(readdirSync(SNAPSHOT_DIR));
  process.kill(pid, "SIGUSR2");
  await delay(500);
  const answered = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(120_000) }).then((r) => r.ok);
  const file = readdirSync(SNAPSHOT_DIR).find((f) => f.endsWith(".heapsnapshot") && !before.has(f));
  if (!answered || !file) throw new Error("no heap snapshot was written");
  const path = `${SNAPSHOT_DIR}/${file}`;
  const fd = openSync(path, "r");
  const head = Buffer.alloc(4096);
  readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const nodes = Number(/"node_count":(\d+)/.exec(head.toString())?.[1] ?? NaN);
  const mb = Math.round(statSync(path).size / 1024 / 1024);
  rmSync(path);
  return { nodes, mb };
}

async function mixedLoad(api: JsonClient, personaId: string, seconds: number): Promise<number> {
  const until = Date.now() + seconds * 1000;
  let requests = 0;
  const worker = async (k: number) => {
    while (Date.now() < until) {
      const { id } = await api("/api/calls", { mode: "discovery", personaId });
      await api("/api/calls/start", { callId: id });
      for (let i = 0; i < 10; i++) {
        await api(`/api/calls/${id}/transcript`, { role: i % 2 ? "persona" : "rep", content: `Worker ${k} line ${i}: what does onboarding cost you when it slips a week?`, timestampMs: i * 5_000, clientId: `m-${i}` });
      }
      await api(`/api/calls/${id}/end`, {});
      await api("/api/coach/goals", { title: `Goal ${k}-${requests}` });
      await api("/api/me");
      await api("/api/calls");
      requests += 15;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, (_, k) => worker(k)));
  return requests;
}

/** PGlite keeps the database in WASM memory, which never shrinks; server Postgres shows the app alone. */
export async function benchMemory() {
  return [await measure("pglite"), await measure("postgres", await resetBenchDatabase())];
}

async function measure(driver: "pglite" | "postgres", databaseUrl?: string) {
  rmSync(SNAPSHOT_DIR, { recursive: true, force: true });
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  const server = await startServer({
    port: PORT,
    dataDir: ".data/bench-memory",
    databaseUrl,
    env: { NODE_OPTIONS: `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${SNAPSHOT_DIR}` },
  });
  try {
    const { cookie } = await signUp(server.url, `bench-memory-${Date.now()}@example.com`);
    // A fresh client (and so fresh sockets) per phase: the server closes kept-alive sockets that sat
    // idle through a snapshot, and a request racing that close fails with ECONNRESET.
    const api = () => jsonClient(server.url, cookie);
    const { personas } = (await api()("/api/personas")) as { personas: { id: string }[] };
    const personaId = personas[0]!.id;
    // A short warm-up compiles every route used, so "before" is a server in service, not a cold one.
    await mixedLoad(api(), personaId, 5);
    const rss = () => serverProcess(server.groupId!).rssMb;
    const rssBeforeMb = rss();
    const requests = await mixedLoad(api(), personaId, LOAD_SECONDS);
    const rssAfterLoadMb = rss();
    await delay(IDLE_SECONDS * 1000);
    const rssAfterIdleMb = rss();
    // Snapshots only after the RSS readings (writing one costs the server memory of its own): the
    // live heap after this round, and after a second identical round, grows only if something leaks.
    const pid = serverProcess(server.groupId!).pid;
    const first = await heapSnapshot(server.url, pid);
    const secondRequests = await mixedLoad(api(), personaId, LOAD_SECONDS);
    await delay(IDLE_SECONDS * 1000);
    const second = await heapSnapshot(server.url, pid);
    return {
      driver,
      loadSeconds: LOAD_SECONDS,
      requests,
      rssBeforeMb,
      rssAfterLoadMb,
      rssAfterIdleMb,
      liveHeapAfterRound1Nodes: first.nodes,
      liveHeapAfterRound2Nodes: second.nodes,
      snapshotAfterRound1Mb: first.mb,
      snapshotAfterRound2Mb: second.mb,
      round2Requests: secondRequests,
    };
  } finally {
    await server.stop();
  }
}
