// Throughput of the API hot path under autocannon, on PGlite and on server Postgres: signed-in
// GET /api/me and GET /api/health against a baseline measured in the same run, the catch-all API
// route (app/api/[...path]), which only answers a JSON 404: what any route costs Next before our work.
// Rounds alternate the endpoints, so a machine that slows down mid-run slows all of them alike.
import autocannon from "autocannon";
import hdr from "hdr-histogram-js";
import { resetBenchDatabase } from "./lib/postgres";
import { signUp, startServer, type BenchServer } from "./lib/server";
import { round } from "./lib/stats";

const CONNECTIONS = 50;
const DURATION_S = 8;
const ROUNDS = 3;

type Endpoint = { name: string; path: string; signedIn: boolean };

const BASELINE: Endpoint = { name: "baseline (GET /api/bench-baseline → catch-all 404)", path: "/api/bench-baseline", signedIn: false };
const ENDPOINTS: Endpoint[] = [
  BASELINE,
  { name: "GET /api/health", path: "/api/health", signedIn: false },
  { name: "GET /api/me", path: "/api/me", signedIn: true },
];

/** `expected`: the status class every answer should have (the baseline answers 404 on purpose). */
async function load(url: string, headers: Record<string, string>, expected: "2xx" | "4xx") {
  const latencies = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 10_000, numberOfSignificantValueDigits: 3 });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers, histograms: { latencies } } as autocannon.Options);
  return { requestsPerSecond: result.requests.average, p50Ms: result.latency.p50, p95Ms: latencies.getValueAtPercentile(95), p99Ms: result.latency.p99, unexpected: result.errors + result.timeouts + result["1xx"] + result["2xx"] + result["3xx"] + result["4xx"] + result["5xx"] - result[expected] };
}

async function measure(driver: "pglite" | "postgres", server: BenchServer) {
  const { cookie } = await signUp(server.url, `bench-${driver}-${Date.now()}@example.com`);
  const run = (e: Endpoint) => load(`${server.url}${e.path}`, e.signedIn ? { cookie } : {}, e === BASELINE ? "4xx" : "2xx");
  // Warm-up: compile the routes, fill the pools, let V8 optimise the request path.
  for (const e of ENDPOINTS) await run(e);
  const runs = new Map<string, Awaited<ReturnType<typeof load>>[]>(ENDPOINTS.map((e) => [e.name, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const e of ENDPOINTS) runs.get(e.name)!.push(await run(e));
  }
  const mean = (name: string) => runs.get(name)!.reduce((sum, run) => sum + run.requestsPerSecond, 0) / ROUNDS;
  const baseline = mean(BASELINE.name);
  return ENDPOINTS.map((e) => {
    const all = runs.get(e.name)!;
    const last = all.at(-1)!;
    return {
      driver,
      endpoint: e.name,
      connections: CONNECTIONS,
      rounds: `${ROUNDS} × ${DURATION_S} s`,
      requestsPerSecond: round(mean(e.name), 0),
      perRound: all.map((run) => round(run.requestsPerSecond, 0)).join(" / "),
      ofBaseline: `${round((100 * mean(e.name)) / baseline, 0)} %`,
      p50Ms: last.p50Ms,
      p95Ms: last.p95Ms,
      p99Ms: last.p99Ms,
      unexpectedAnswers: all.reduce((sum, run) => sum + run.unexpected, 0),
    };
  });
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
