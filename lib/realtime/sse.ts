import "server-only";
import type { Database } from "../db/types";
import { eventsSince, getBus, type BusEvent } from "./bus";

export const KEEP_ALIVE_MS = 15_000;

const encoder = new TextEncoder();
// One event object reaches every subscriber of its channel: encode it once, not once per stream.
const frames = new WeakMap<BusEvent, Uint8Array>();

function frame(event: BusEvent): Uint8Array {
  let bytes = frames.get(event);
  if (!bytes) {
    const data = JSON.stringify({ channel: event.channel, type: event.type, payload: event.payload });
    bytes = encoder.encode(`id: ${event.id}\ndata: ${data}\n\n`);
    frames.set(event, bytes);
  }
  return bytes;
}

/** A text/event-stream of the channels' events: replays what came after `lastEventId` from the
 * event log, then live events in order, with a keep-alive comment every 15 s. */
export async function openEventStream({
  database,
  channels,
  lastEventId,
  signal,
  keepAliveMs = KEEP_ALIVE_MS,
  onClose,
}: {
  database: Database;
  channels: string[];
  lastEventId: number | null;
  signal: AbortSignal;
  keepAliveMs?: number;
  /** Called once, when the client goes away or the stream is cancelled. */
  onClose?: () => void;
}): Promise<ReadableStream<Uint8Array>> {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let replaying = lastEventId !== null;
  const held: BusEvent[] = [];
  const send = (event: BusEvent) => controller.enqueue(frame(event));

  // Subscribe before replaying so nothing published in between is lost; live events wait in
  // `held` until the replay is out, and the ones the replay already sent are dropped. Live events
  // are not filtered by id: concurrent transactions on Postgres commit, and so notify, out of id order.
  const unsubscribe = await getBus(database).subscribe(channels, (event) =>
    replaying ? held.push(event) : send(event),
  );

  const stream = new ReadableStream<Uint8Array>({
    async start(c) {
      controller = c;
      controller.enqueue(encoder.encode(`retry: 2000\n: connected\n\n`));
      if (lastEventId !== null) {
        const replayed = new Set<number>();
        for (const event of await eventsSince({ db: database.db, channels, afterId: lastEventId })) {
          replayed.add(event.id);
          send(event);
        }
        held.filter((event) => !replayed.has(event.id)).forEach(send);
        replaying = false;
      }
    },
    cancel() {
      close();
    },
  });

  const keepAlive = setInterval(() => controller.enqueue(encoder.encode(`: keep-alive\n\n`)), keepAliveMs);
  const close = () => {
    clearInterval(keepAlive);
    unsubscribe();
    onClose?.();
    try {
      controller.close();
    } catch {
      // already closed by the client
    }
  };
  signal.addEventListener("abort", close, { once: true });
  return stream;
}
