// npx tsx --conditions=react-server bench/room-signalling.ts — 200 rooms negotiating at once: in each,
// the offerer sends an offer (a ~2.5 KB SDP) and 12 ICE candidates, the answerer an answer and 12
// candidates, every room concurrently, through sendSignal (participant check, rate limit, bus) to the
// other participant's room:{id} stream. Counts what arrived (target: nothing lost, each sender's
// messages in order) and the send → receipt latency; the same traffic through bare publish() is the
// same-run baseline. PGlite in memory, then server Postgres when BENCH_ADMIN_URL's server is up.
// Writes bench/results/room-signalling.json. BENCH_ROOMS overrides the room count.
import { randomUUID } from "node:crypto";
import { setMaxListeners } from "node:events";
import { createDatabase } from "../lib/db/create-database";
import { users } from "../lib/db/schema";
import type { Database } from "../lib/db/types";
import { createRoom } from "../lib/media/create-room";
import { sendSignal } from "../lib/media/send-signal";
import type { SignalInput } from "../lib/media/signal-schemas";
import { publish } from "../lib/realtime/bus";
import { openEventStream } from "../lib/realtime/sse";
import { sseReader } from "../tests/fixtures/sse";
import { resetBenchDatabase } from "./lib/postgres";
import { percentile, round, writeResult } from "./lib/stats";

const ROOMS = Number(process.env.BENCH_ROOMS ?? 200);
const CANDIDATES = 12;
const SDP = `v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\n${"a=rtcp-fb:111 transport-cc\r\n".repeat(90)}`;

type Room = { id: string; a: string; b: string };
type Sent = { seq: number; sentAt: number };

function negotiation(session = "s"): { from: "a" | "b"; signal: SignalInput }[] {
  const candidate = (i: number) => ({ session, candidate: `candidate:${i} 1 udp 2122260223 192.0.2.${i} ${50_000 + i} typ host`, sdpMid: "0", sdpMLineIndex: 0 });
  return [
    { from: "a", signal: { type: "offer", payload: { sdp: SDP, session } } },
    ...Array.from({ length: CANDIDATES }, (_, i) => ({ from: "a" as const, signal: { type: "candidate" as const, payload: candidate(i) } })),
    { from: "b", signal: { type: "answer", payload: { sdp: SDP, session } } },
    ...Array.from({ length: CANDIDATES }, (_, i) => ({ from: "b" as const, signal: { type: "candidate" as const, payload: candidate(100 + i) } })),
  ];
}

async function setUp(database: Database): Promise<Room[]> {
  const people = await database.db
    .insert(users)
    .values(Array.from({ length: ROOMS * 2 }, (_, i) => ({ authProvider: "local" as const, authSubject: `bench-room-${i}-${randomUUID()}`, email: `room-${i}@example.com` })))
    .returning({ id: users.id });
  const rooms: Room[] = [];
  for (let r = 0; r < ROOMS; r++) {
    const [a, b] = [people[2 * r]!.id, people[2 * r + 1]!.id];
    const room = await createRoom({ db: database.db, userIds: [a, b], origin: { kind: "connect-match", id: randomUUID() } });
    rooms.push({ id: room.id, a, b });
  }
  return rooms;
}

/** Every room negotiates at once; each sender sends its messages one after another, as the client does. */
async function run(database: Database, rooms: Room[], path: "sendSignal" | "publish") {
  const abort = new AbortController();
  setMaxListeners(ROOMS * 4 + 10, abort.signal);
  const latencies: number[] = [];
  let received = 0;
  let outOfOrder = 0;
  const sent = new Map<string, Sent[]>();
  const expected = rooms.length * (2 + 2 * CANDIDATES);

  // Both participants follow the room; each counts what the other sent (its own messages come back too).
  const listeners = await Promise.all(
    rooms.flatMap((room) =>
      [room.a, room.b].map(async (self) => ({
        self,
        reader: sseReader(await openEventStream({ database, channels: [`room:${room.id}`], lastEventId: null, signal: abort.signal })),
      })),
    ),
  );
  // Each message's session ends in its sender's sequence number, so the receiver can match and order it.
  const seqOf = (payload: Record<string, unknown>) => Number(String((payload.payload as { session?: string })?.session).split("-").at(-1));
  const reading = listeners.map(async ({ self, reader }) => {
    const lastSeq = new Map<string, number>();
    while (received < expected) {
      const event = await reader.next().catch(() => null);
      if (!event) return;
      if (event.payload.from === self) continue;
      const key = `${event.channel}:${String(event.payload.from)}`;
      const seq = seqOf(event.payload);
      const mine = sent.get(key)?.[seq];
      received += 1;
      if (mine) latencies.push(performance.now() - mine.sentAt);
      if (seq <= (lastSeq.get(key) ?? -1)) outOfOrder += 1;
      lastSeq.set(key, seq);
    }
  });

  const started = performance.now();
  await Promise.all(
    rooms.flatMap((room) => {
      const messages = negotiation();
      return (["a", "b"] as const).map(async (side) => {
        const userId = room[side];
        const log: Sent[] = [];
        sent.set(`room:${room.id}:${userId}`, log);
        const session = randomUUID();
        for (const { signal } of messages.filter((m) => m.from === side)) {
          const seq = log.length;
          const tagged = { ...signal, payload: { ...signal.payload, session: `${session}-${seq}` } } as SignalInput;
          log.push({ seq, sentAt: performance.now() });
          if (path === "sendSignal") await sendSignal({ db: database.db, userId, roomId: room.id, signal: tagged });
          else await publish({ db: database.db, channel: `room:${room.id}`, type: "signal", payload: { from: userId, type: tagged.type, payload: tagged.payload } });
        }
      });
    }),
  );
  const sendMs = performance.now() - started;
  const deadline = Date.now() + 30_000;
  while (received < expected && Date.now() < deadline) await new Promise((r) => setImmediate(r));
  abort.abort();
  await Promise.race([Promise.all(reading), new Promise((r) => setTimeout(r, 1_000))]);
  return {
    path,
    rooms: rooms.length,
    messages: expected,
    received,
    lost: expected - received,
    outOfOrder,
    messagesPerSecond: round(expected / (sendMs / 1000), 0),
    p50Ms: round(percentile(latencies, 50), 2),
    p95Ms: round(percentile(latencies, 95), 2),
  };
}

const rows = [];
const pglite = await createDatabase({ driver: "pglite" });
const pgliteRooms = await setUp(pglite);
rows.push({ database: "PGlite", ...(await run(pglite, pgliteRooms, "publish")) });
rows.push({ database: "PGlite", ...(await run(pglite, pgliteRooms, "sendSignal")) });
await pglite.close();

const url = await resetBenchDatabase().catch(() => null);
if (url) {
  const postgres = await createDatabase({ driver: "postgres", url, poolSize: 10 });
  const pgRooms = await setUp(postgres);
  rows.push({ database: "Postgres", ...(await run(postgres, pgRooms, "publish")) });
  rows.push({ database: "Postgres", ...(await run(postgres, pgRooms, "sendSignal")) });
  await postgres.close();
}
console.table(rows);
writeResult("room-signalling", rows);
process.exit(0);
