// GET /api/health and authenticated GET /api/me under autocannon, on PGlite and on server Postgres.
import autocannon from "autocannon";
import hdr from "hdr-histogram-js";
import { resetBenchDatabase } from "./lib/postgres";
import { signUp, startServer, type BenchServer } from "./lib/server";
import { round } from "./lib/stats";

const CONNECTIONS = 50;
const DURATION_S = 10;

async function load(url: string, headers: Record<string, string> = {}) {
  const latencies = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 10_000, numberOfSignificantValueDigits: 3 });
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers,
    histograms: { latencies },
  } as autocannon.Options);
  return {
    requestsPerSecond: round(result.requests.average, 0),
    p50Ms: result.latency.p50,
    p95Ms: latencies.getValueAtPercentile(95),
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function measure(driver: "pglite" | "postgres", server: BenchServer) {
  const { cookie } = await signUp(server.url, `bench-${driver}-${Date.now()}@example.com`);
  await load(`${server.url}/api/me`, { cookie }); // warm-up: compile routes, fill pools
  return [
    { driver, endpoint: "GET /api/health", connections: CONNECTIONS, ...(await load(`${server.url}/api/health`)) },
    { driver, endpoint: "GET /api/me", connections: CONNECTIONS, ...(await load(`${server.url}/api/me`, { cookie })) },
  ];
}

export async function benchHttp() {
  const rows = [];
  const pglite = await startServer({ port: 3201, dataDir: ".data/bench-pglite" });
  try {
    rows.push(...(await measure("pglite", pglite)));
  } finally {
    await pglite.stop();
  }
  const databaseUrl = await resetBenchDatabase();
  const postgres = await startServer({ port: 3202, dataDir: ".data/bench-postgres", databaseUrl });
  try {
    rows.push(...(await measure("postgres", postgres)));
  } finally {
    await postgres.stop();
  }
  return rows;
}
