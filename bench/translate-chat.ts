// npx tsx --conditions=react-server bench/translate-chat.ts — translated chat on in-memory PGlite,
// send (sendMessage: store, translate, publish) → the recipient's SSE event on conversation:{id}:
// with Apertium (en → es, a new text each time; target p95 < 500 ms), from the shared cache (the same
// text again; target < 50 ms), and without translation (both read English; target < 100 ms). The
// same-run baseline is a bare publish → SSE. Writes bench/results/translate-chat.json.
import { createDatabase } from "../lib/db/create-database";
import { chatConversations, chatMembers, contacts, users } from "../lib/db/schema";
import { publish } from "../lib/realtime/bus";
import { openEventStream } from "../lib/realtime/sse";
import { sendMessage } from "../lib/translation/chat/send-message";
import { isApertiumInstalled } from "../lib/translation/apertium";
import { sseReader } from "../tests/fixtures/sse";
import { percentile, round, writeResult } from "./lib/stats";

const SAMPLES = Number(process.env.BENCH_TRANSLATE_SAMPLES ?? 60);
const SENTENCES = ["Where is the library?", "The train leaves at noon.", "I would like a coffee, please.", "We meet tomorrow at the office.", "My sister lives in the city."];

const database = await createDatabase({ driver: "pglite" });
const { db } = database;

async function conversationBetween(languages: [string, string]) {
  const people = await db
    .insert(users)
    .values(languages.map((preferredLanguage, i) => ({ authProvider: "local" as const, authSubject: `bench-${languages.join("")}-${i}-${Date.now()}`, email: `b${i}${Date.now()}@example.com`, preferredLanguage })))
    .returning({ id: users.id });
  const [a, b] = people.map((p) => p.id) as [string, string];
  await db.insert(contacts).values([{ ownerId: a, contactId: b, status: "accepted" }, { ownerId: b, contactId: a, status: "accepted" }]);
  const [conversation] = await db.insert(chatConversations).values({ kind: "direct", createdBy: a }).returning();
  await db.insert(chatMembers).values([{ conversationId: conversation!.id, userId: a }, { conversationId: conversation!.id, userId: b }]);
  return { sender: a, conversationId: conversation!.id };
}

async function measure(label: string, target: number, send: (i: number) => Promise<unknown>, channel: string) {
  const abort = new AbortController();
  const events = sseReader(await openEventStream({ database, channels: [channel], lastEventId: null, signal: abort.signal }));
  const latencies: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    const received = events.next();
    await send(i);
    await received;
    latencies.push(performance.now() - started);
  }
  abort.abort();
  return { path: label, samples: SAMPLES, p50Ms: round(percentile(latencies, 50), 1), p95Ms: round(percentile(latencies, 95), 1), targetP95Ms: target };
}

const rows = [];
const baseline = await conversationBetween(["en", "en"]);
const baselineChannel = `conversation:${baseline.conversationId}`;
rows.push(await measure("baseline: bare publish → SSE", 0, (i) => publish({ db, channel: baselineChannel, type: "bench", payload: { i } }), baselineChannel));
rows.push(
  await measure("no translation (en → en)", 100, (i) => sendMessage({ db, userId: baseline.sender, conversationId: baseline.conversationId, text: `Hello ${i}`, clientId: `plain-${i}` }), baselineChannel),
);
if (isApertiumInstalled()) {
  const pair = await conversationBetween(["en", "es"]);
  const channel = `conversation:${pair.conversationId}`;
  const fresh = (i: number) => `${SENTENCES[i % SENTENCES.length]} (${i})`;
  rows.push(await measure("Apertium en → es, cache miss", 500, (i) => sendMessage({ db, userId: pair.sender, conversationId: pair.conversationId, text: fresh(i), clientId: `miss-${i}` }), channel));
  rows.push(await measure("en → es, cache hit", 50, (i) => sendMessage({ db, userId: pair.sender, conversationId: pair.conversationId, text: fresh(i), clientId: `hit-${i}` }), channel));
} else {
  console.log("Apertium is not installed: the translated rows are skipped.");
}
console.table(rows);
writeResult("translate-chat", rows);
await database.close();
process.exit(0);
