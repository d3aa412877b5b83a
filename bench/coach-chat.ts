// npx tsx --conditions=react-server bench/coach-chat.ts — the coach's context assembly p95 (target
// under 100 ms) and the offline coach's time to first streamed token (target under 150 ms) for a
// user with a month of history, on PGlite with pgvector. Writes bench/results/coach-chat.json.
// The react-server condition lets the "server-only" marker resolve outside Next.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dataDir = mkdtempSync(path.join(tmpdir(), "cadence-bench-"));
process.env.DATA_DIR = dataDir;
process.env.LOG_LEVEL = "silent";

const { replyAsCoach } = await import("../lib/coach/chat/chat");
const { assembleCoachContext } = await import("../lib/coach/chat/context");
const { createDatabase } = await import("../lib/db/create-database");
const { seedCoachHistory } = await import("./lib/coach-history");
const { percentile, round, writeResult } = await import("./lib/stats");

const RUNS = 100;
const TURNS = 50;
const MESSAGES = [
  "What did we decide last week about pricing?",
  "I'm worried the London pitch deck is too long.",
  "How should I approach hiring a head of sales?",
  "Remind me what I said about churn.",
  "I'll send the board update by Friday.",
];

const database = await createDatabase({ driver: "pglite" });
const { db } = database;
const seeded = await seedCoachHistory({ db, rememberedMessages: 2_000 });

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

for (let i = 0; i < 10; i++) await assembleCoachContext({ db, userId: seeded.userId, message: MESSAGES[i % MESSAGES.length], sessionType: "check_in" });
const contextTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const message = MESSAGES[i % MESSAGES.length];
  const sessionType = i % 4 === 0 ? "structured" : "check_in";
  contextTimes.push(await time(() => assembleCoachContext({ db, userId: seeded.userId, message, sessionType })));
}

/** From the request (message stored, context assembled, GROW reply composed) to the first delta. */
async function firstToken(message: string, conversationId?: string) {
  const started = performance.now();
  const { stream, info, persist } = await replyAsCoach({ db, userId: seeded.userId, request: { message, sessionType: "check_in", mode: "text", conversationId } });
  const iterator = stream[Symbol.asyncIterator]();
  await iterator.next();
  const ms = performance.now() - started;
  for (let next = await iterator.next(); !next.done; next = await iterator.next());
  await persist();
  return { ms, conversationId: info.conversationId };
}

const ttft: number[] = [];
let conversationId: string | undefined;
for (let i = 0; i < TURNS; i++) {
  const turn = await firstToken(MESSAGES[i % MESSAGES.length] as string, i % 10 === 0 ? undefined : conversationId);
  conversationId = turn.conversationId;
  if (i >= 5) ttft.push(turn.ms);
}

const rows = [
  {
    measure: "assembleCoachContext",
    runs: contextTimes.length,
    p50Ms: round(percentile(contextTimes, 50), 1),
    p95Ms: round(percentile(contextTimes, 95), 1),
    targetP95Ms: 100,
    history: `${seeded.conversations} conversations, ${seeded.rememberedMessages} remembered messages`,
  },
  {
    measure: "offline time to first token",
    runs: ttft.length,
    p50Ms: round(percentile(ttft, 50), 1),
    p95Ms: round(percentile(ttft, 95), 1),
    targetP95Ms: 150,
    history: "through replyAsCoach: store the message, assemble the context, first GROW chunk",
  },
];
console.table(rows);
writeResult("coach-chat", rows);
await database.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
