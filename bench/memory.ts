// Server memory across 60 s of mixed load and 30 s idle (issue 17): RSS of the Next server before,
// right after, and after idling, plus the live heap from a heap snapshot (which runs a full GC
// first) before and after, to tell a leak (live heap grows and stays) from V8 and the allocator
// keeping freed pages (RSS stays high while the live heap returns to where it was).
import { closeSync, mkdirSync, openSync, readdirSync, readSync, rmSync, statSync } from "node:fs";
import { setTimeout as delay } from "node:timers/promises";
import { jsonClient, type JsonClient } from "./lib/json-client";
import { serverProcess } from "./lib/process-memory";
import { signUp, startServer } from "./lib/server";

const LOAD_SECONDS = 60;
const IDLE_SECONDS = 30;
const IN_FLIGHT = 8;
const PORT = Number(process.env.BENCH_MEMORY_PORT ?? 3212);
const SNAPSHOT_DIR = ".data/bench-memory-snapshots";

/** Writes a heap snapshot (SIGUSR2, --heapsnapshot-signal) and reads its node count and size. */
async function heapSnapshot(pid: number): Promise<{ nodes: number; mb: number }> {
  const before = new Set(readdirSync(SNAPSHOT_DIR));
  process.kill(pid, "SIGUSR2");
  for (let waited = 0; waited < 120_000; waited += 500) {
    await delay(500);
    const fresh = readdirSync(SNAPSHOT_DIR).filter((f) => f.endsWith(".heapsnapshot") && !before.has(f));
    const file = fresh[0] && `${SNAPSHOT_DIR}/${fresh[0]}`;
    if (!file) continue;
    const size = statSync(file).size;
    await delay(1_000);
    if (statSync(file).size !== size) continue;
    const fd = openSync(file, "r");
    const head = Buffer.alloc(4096);
    readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    const nodes = Number(/"node_count":(\d+)/.exec(head.toString())?.[1] ?? NaN);
    rmSync(file);
    return { nodes, mb: Math.round(size / 1024 / 1024) };
  }
  throw new Error("no heap snapshot was written");
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

export async function benchMemory() {
  rmSync(SNAPSHOT_DIR, { recursive: true, force: true });
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  const server = await startServer({
    port: PORT,
    dataDir: ".data/bench-memory",
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
    const pid = serverProcess(server.groupId!).pid;
    const rssBefore = serverProcess(server.groupId!).rssMb;
    const heapBefore = await heapSnapshot(pid);
    const rssBeforeAfterSnapshot = serverProcess(server.groupId!).rssMb;
    const requests = await mixedLoad(api(), personaId, LOAD_SECONDS);
    const rssAfterLoad = serverProcess(server.groupId!).rssMb;
    await delay(IDLE_SECONDS * 1000);
    const rssAfterIdle = serverProcess(server.groupId!).rssMb;
    const heapAfterIdle = await heapSnapshot(pid);
    return [
      {
        loadSeconds: LOAD_SECONDS,
        requests,
        rssBeforeMb: rssBefore,
        rssAfterFirstSnapshotMb: rssBeforeAfterSnapshot,
        rssAfterLoadMb: rssAfterLoad,
        rssAfterIdleMb: rssAfterIdle,
        liveHeapBeforeNodes: heapBefore.nodes,
        liveHeapAfterIdleNodes: heapAfterIdle.nodes,
        snapshotBeforeMb: heapBefore.mb,
        snapshotAfterIdleMb: heapAfterIdle.mb,
      },
    ];
  } finally {
    await server.stop();
  }
}
