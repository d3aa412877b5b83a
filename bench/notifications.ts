// npx tsx --conditions=react-server bench/notifications.ts — notify() for 10,000 users (one kind) on
// in-memory PGlite, then the delivery job mailing each of them into the embedded outbox (target: under
// 30 s of job time together); and publish → event on the user's SSE stream, p95 over 200 notifications
// (target: under 100 ms). Writes bench/results/notifications.json. BENCH_NOTIFY_USERS overrides the count.
import { availableParallelism } from "node:os";
import { count, eq } from "drizzle-orm";
import { createDatabase } from "../lib/db/create-database";
import { emailOutbox, notifications, users } from "../lib/db/schema";
import { notify, notifyMany } from "../lib/notifications/notify";
import { runDeliveries } from "../lib/notifications/run-deliveries";
import { openEventStream } from "../lib/realtime/sse";
import { percentile, round, writeResult } from "./lib/stats";

const USERS = Number(process.env.BENCH_NOTIFY_USERS ?? 10_000);
const LATENCY_SAMPLES = 200;
const INSERT_CHUNK = 1_000;

const database = await createDatabase({ driver: "pglite" });
const { db } = database;
const ids: string[] = [];
for (let start = 0; start < USERS; start += INSERT_CHUNK) {
  const rows = await db
    .insert(users)
    .values(Array.from({ length: Math.min(INSERT_CHUNK, USERS - start) }, (_, i) => ({ authProvider: "local" as const, authSubject: `bench-${start + i}`, email: `bench-${start + i}@example.com` })))
    .returning({ id: users.id });
  ids.push(...rows.map((r) => r.id));
}

let started = performance.now();
await notifyMany({ db, userIds: ids, kind: "billing.payment-failed", title: "Your card was declined", body: "Update your payment method.", url: "/settings" });
const notifySeconds = (performance.now() - started) / 1000;
started = performance.now();
const drained = await runDeliveries({ db });
const deliverySeconds = (performance.now() - started) / 1000;
const [written] = await db.select({ n: count() }).from(notifications);
const [mailed] = await db.select({ n: count() }).from(emailOutbox);

// Publish → SSE: the time from calling notify() to the event arriving on the subscriber's stream.
const [listener] = ids;
const abort = new AbortController();
const stream = await openEventStream({ database, channels: [`user:${listener}`], lastEventId: null, signal: abort.signal });
const reader = stream.getReader();
const decoder = new TextDecoder();
let buffer = "";
async function nextEvent(): Promise<void> {
  for (;;) {
    const end = buffer.indexOf("\n\n");
    if (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (block.includes("data: ")) return;
      continue;
    }
    const { value, done } = await reader.read();
    if (done) throw new Error("stream ended");
    buffer += decoder.decode(value, { stream: true });
  }
}
const latencies: number[] = [];
for (let i = 0; i < LATENCY_SAMPLES; i++) {
  const t0 = performance.now();
  const arrived = nextEvent();
  await notify({ db, userId: listener as string, kind: "connect.match", title: `Match ${i}` });
  await arrived;
  latencies.push(performance.now() - t0);
}
abort.abort();
await db.delete(users).where(eq(users.id, listener as string));
await database.close();

const row = {
  name: "notify-10k-users",
  users: USERS,
  notifications: written?.n ?? 0,
  mailsInOutbox: mailed?.n ?? 0,
  notifySeconds: round(notifySeconds, 2),
  deliverySeconds: round(deliverySeconds, 2),
  jobSeconds: round(notifySeconds + deliverySeconds, 2),
  targetSeconds: 30,
  deliveriesDone: drained.done,
  publishToEventP50Ms: round(percentile(latencies, 50), 1),
  publishToEventP95Ms: round(percentile(latencies, 95), 1),
  targetP95Ms: 100,
  cores: availableParallelism(),
};
console.table([row]);
if (!process.env.BENCH_NOTIFY_USERS) writeResult("notifications", [row]);
process.exit(0);
