// npx tsx --conditions=react-server bench/practice-import.ts — importing a 60-minute call (WebVTT,
// 720 turns) scored offline: parse + persona + quick and deep rubric in memory, and the whole import
// on PGlite (rows, stats, deep score). Target p95 < 300 ms. Writes bench/results/practice-import.json.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dataDir = mkdtempSync(path.join(tmpdir(), "cadence-bench-"));
process.env.DATA_DIR = dataDir;
process.env.LOG_LEVEL = "silent";

const { createDatabase } = await import("../lib/db/create-database");
const { users } = await import("../lib/db/schema");
const { importCall } = await import("../lib/practice/import/import-call");
const { composeImportedPersona } = await import("../lib/practice/import/imported-persona");
const { parseTranscript } = await import("../lib/practice/import/parse-transcript");
const { deepScore, quickScore } = await import("../lib/practice/rubric-scorer");
const { scoreCallDeep } = await import("../lib/practice/score-call");
const { generateLongCall } = await import("../tests/unit/practice/fixtures");
const { percentile, round, writeResult } = await import("./lib/stats");

const DURATION_MS = 60 * 60_000;
const TURNS = 720;
const RUNS = 30;
const TARGET_P95_MS = 300;

const clock = (ms: number) => new Date(ms).toISOString().slice(11, 23);
const lines = generateLongCall(TURNS, DURATION_MS);
const vtt = ["WEBVTT", "", ...lines.flatMap((line, i) => [`${clock(line.timestampMs)} --> ${clock(lines[i + 1]?.timestampMs ?? DURATION_MS)}`, `<v ${line.role === "rep" ? "Sam" : "Dana"}>${line.content}`, ""])].join("\n");

function inMemory() {
  const parsed = parseTranscript("vtt", vtt);
  const transcript = parsed.lines.map((l) => ({ role: l.speaker === "Sam" ? ("rep" as const) : ("persona" as const), content: l.content, timestampMs: l.timestampMs }));
  const persona = composeImportedPersona({ name: "Dana", transcript, importedOn: "2026-12-02" });
  quickScore({ transcript, mode: "discovery", durationMs: DURATION_MS });
  deepScore({ transcript, mode: "discovery", durationMs: DURATION_MS, hiddenPains: persona.hiddenPains });
}

const database = await createDatabase({ driver: "pglite", dataDir: path.join(dataDir, "db") });
const { db } = database;
const [user] = await db.insert(users).values({ authProvider: "local", authSubject: "bench-import", email: "bench-import@example.com", displayName: "Bench" }).returning();

async function measure(run: () => Promise<void> | void) {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const started = performance.now();
    await run();
    if (i >= 3) times.push(performance.now() - started);
  }
  return { p50Ms: round(percentile(times, 50), 1), p95Ms: round(percentile(times, 95), 1) };
}

const rows = [
  { case: "parse + persona + quick + deep score (in memory)", turns: TURNS, ...(await measure(inMemory)), targetP95Ms: TARGET_P95_MS },
  {
    case: "POST /api/calls/import work on PGlite, deep score included",
    turns: TURNS,
    ...(await measure(async () => {
      const { call } = await importCall({ db, userId: user!.id, input: { format: "vtt", content: vtt, mode: "discovery" } });
      await scoreCallDeep({ db, userId: user!.id, callId: call.id });
    })),
    targetP95Ms: TARGET_P95_MS,
  },
];
console.table(rows);
writeResult("practice-import", rows);
await database.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
