// npx tsx --conditions=react-server bench/practice-scoring.ts — p95 latency of the offline quick score
// on a 30-minute, 400-line call (target: under 50 ms). Writes bench/results/practice-scoring.json.
// The react-server condition lets the "server-only" marker resolve outside Next.
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { quickScore } from "../lib/practice/rubric/rubric-scorer";
import { generateLongCall } from "../tests/unit/practice/fixtures";
import { percentile, round } from "./lib/stats";

const RUNS = 200;
const WARMUP_RUNS = 20;
const DURATION_MS = 30 * 60_000;

const transcript = generateLongCall(400, DURATION_MS);

function timeQuickScore(): number {
  const started = performance.now();
  quickScore({ transcript, mode: "discovery", durationMs: DURATION_MS });
  return performance.now() - started;
}

for (let run = 0; run < WARMUP_RUNS; run += 1) timeQuickScore();
const timings = Array.from({ length: RUNS }, timeQuickScore);
const result = {
  name: "practice-quick-score",
  p95Ms: round(percentile(timings, 95), 2),
  runs: RUNS,
  cores: availableParallelism(),
  date: new Date().toISOString(),
};

console.table([{ ...result, lines: transcript.length, p50Ms: round(percentile(timings, 50), 2), maxMs: round(Math.max(...timings), 2) }]);
const resultsDir = path.join(import.meta.dirname, "results");
mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, "practice-scoring.json"), `${JSON.stringify(result, null, 2)}\n`);
