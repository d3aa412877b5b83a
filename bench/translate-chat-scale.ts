// npx tsx --conditions=react-server bench/translate-chat-scale.ts — chat delivery across instances on
// server Postgres: instance A (its own pool) sends messages with sendMessage into 100 conversations at
// a target rate (default 1,000/s for 5 s); instance B (a second pool and LISTEN connection, as a
// second app instance has) follows every conversation:{id} channel. Counts what arrives (none may be
// lost) and the send → event p95. Both read English, so this measures storage + fan-out, not engines.
// Writes bench/results/translate-chat-scale.json. Run it with BENCH_DATABASE=cadence_bench_translate
// (bench/run.ts does) so it never drops another benchmark's database.
import { createDatabase } from "../lib/db/create-database";
import { chatConversations, chatMembers, users } from "../lib/db/schema";
import { openEventStream } from "../lib/realtime/sse";
import { sendMessage } from "../lib/translation/chat/send-message";
import { sseReader } from "../tests/fixtures/sse";
import { resetBenchDatabase } from "./lib/postgres";
import { percentile, round, writeResult } from "./lib/stats";

const CONVERSATIONS = 100;
const RATE = Number(process.env.BENCH_CHAT_RATE ?? 1_000);
const SECONDS = Number(process.env.BENCH_CHAT_SECONDS ?? 5);
const IN_FLIGHT = Number(process.env.BENCH_CHAT_IN_FLIGHT ?? 64);

const url = await resetBenchDatabase();
const a = await createDatabase({ driver: "postgres", url, poolSize: 20 });
const b = await createDatabase({ driver: "postgres", url, poolSize: 2 });

const people = await a.db
  .insert(users)
  .values(Array.from({ length: CONVERSATIONS * 2 }, (_, i) => ({ authProvider: "local" as const, authSubject: `scale-${i}`, email: `scale-${i}@example.com` })))
  .returning({ id: users.id });
const conversations = await a.db.insert(chatConversations).values(Array.from({ length: CONVERSATIONS }, () => ({ kind: "direct" as const }))).returning({ id: chatConversations.id });
await a.db.insert(chatMembers).values(conversations.flatMap((c, i) => [{ conversationId: c.id, userId: people[2 * i]!.id }, { conversationId: c.id, userId: people[2 * i + 1]!.id }]));

const sentAt = new Map<string, number>();
const latencies: number[] = [];
const abort = new AbortController();
const events = sseReader(await openEventStream({ database: b, channels: conversations.map((c) => `conversation:${c.id}`), lastEventId: null, signal: abort.signal }));
const total = RATE * SECONDS;
const receiving = (async () => {
  while (latencies.length < total) {
    const event = await events.next();
    const started = sentAt.get(String(event.payload.clientId));
    if (started !== undefined) latencies.push(performance.now() - started);
  }
})();

const began = performance.now();
let next = 0;
let failed = 0;
async function worker() {
  while (next < total) {
    const i = next++;
    const due = began + (i / RATE) * 1000;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const conversation = i % CONVERSATIONS;
    const clientId = `m${i}`;
    sentAt.set(clientId, performance.now());
    await sendMessage({ db: a.db, userId: people[2 * conversation]!.id, conversationId: conversations[conversation]!.id, text: `message ${i}`, clientId }).catch(() => failed++);
  }
}
await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
const sendSeconds = (performance.now() - began) / 1000;
const settled = await Promise.race([receiving.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000))]);
abort.abort();
const rows = [
  {
    path: "sendMessage on A → SSE on B, Postgres, 100 conversations",
    targetRate: RATE,
    sent: total - failed,
    failed,
    received: latencies.length,
    lost: total - failed - latencies.length,
    achievedRate: round((total - failed) / sendSeconds, 0),
    p50Ms: round(percentile(latencies, 50), 1),
    p95Ms: round(percentile(latencies, 95), 1),
    allArrived: settled,
  },
];
console.table(rows);
writeResult("translate-chat-scale", rows);
await Promise.all([a.close(), b.close()]);
process.exit(0);
