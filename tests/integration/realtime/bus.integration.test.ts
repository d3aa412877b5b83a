import { sql } from "drizzle-orm";
import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { upsertUserFromIdentity } from "@/lib/auth/sync-user";
import { resetConfig } from "@/lib/config";
import { createDatabase } from "@/lib/db/create-database";
import { getBus, NOTIFY_CHANNEL, publish } from "@/lib/realtime/bus";
import { openEventStream } from "@/lib/realtime/sse";
import { subscribeUser } from "@/lib/realtime/subscribe";
import { sseReader } from "@/tests/fixtures/sse";
import { testDriver, useTestDatabase } from "@/tests/setup/database";
import { network } from "@/tests/setup/integration";

const testDb = useTestDatabase();

async function makeUser(label: string) {
  return upsertUserFromIdentity({
    db: testDb.db,
    identity: { provider: "local", subject: `${label}-${Math.random()}`, email: `${label}@example.com`, displayName: label },
  });
}

function stream(channels: string[], lastEventId: number | null = null) {
  const abort = new AbortController();
  return openEventStream({ database: testDb.database, channels, lastEventId, signal: abort.signal }).then((s) => ({
    ...sseReader(s),
    abort: () => abort.abort(),
  }));
}

describe("realtime bus", () => {
  it("delivers published events to subscribers of the channel, in order, with ids", async () => {
    const sub = await stream(["user:a1"]);
    const first = await publish({ db: testDb.db, channel: "user:a1", type: "notification", payload: { n: 1 } });
    await publish({ db: testDb.db, channel: "user:other", type: "notification", payload: { n: 99 } });
    await publish({ db: testDb.db, channel: "user:a1", type: "notification", payload: { n: 2 } });
    await publish({ db: testDb.db, channel: "user:a1", type: "match.found", payload: { n: 3 } });

    const received = [await sub.next(), await sub.next(), await sub.next()];
    expect(received.map((e) => e.payload.n)).toEqual([1, 2, 3]);
    expect(received[0]).toMatchObject({ id: first.id, channel: "user:a1", type: "notification" });
    expect(received[1]!.id).toBeGreaterThan(received[0]!.id);
    expect(received[2]!.type).toBe("match.found");
    sub.abort();
  });

  it("replays what came after Last-Event-ID, then continues live without duplicates", async () => {
    const e1 = await publish({ db: testDb.db, channel: "user:resume", type: "t", payload: { n: 1 } });
    await publish({ db: testDb.db, channel: "user:resume", type: "t", payload: { n: 2 } });
    await publish({ db: testDb.db, channel: "user:resume", type: "t", payload: { n: 3 } });

    const sub = await stream(["user:resume"], e1.id);
    await publish({ db: testDb.db, channel: "user:resume", type: "t", payload: { n: 4 } });
    const received = [await sub.next(), await sub.next(), await sub.next()];
    expect(received.map((e) => e.payload.n)).toEqual([2, 3, 4]);
    sub.abort();
  });

  it("delivers events that commit out of id order, as concurrent transactions on Postgres do", async () => {
    const sub = await stream(["user:racing"]);
    const notify = (id: number) =>
      testDb.db.execute(
        sql`select pg_notify(${NOTIFY_CHANNEL}, ${JSON.stringify({ id, channel: "user:racing", type: "t", payload: { id } })})`,
      );
    await notify(1_000_002);
    await notify(1_000_001);
    expect([(await sub.next()).id, (await sub.next()).id]).toEqual([1_000_002, 1_000_001]);
    sub.abort();
  });

  it("unsubscribes when the client goes away", async () => {
    const bus = getBus(testDb.database);
    const before = bus.subscriberCount();
    const sub = await stream(["user:gone"]);
    expect(bus.subscriberCount()).toBe(before + 1);
    sub.abort();
    expect(bus.subscriberCount()).toBe(before);
  });

  it("sends a keep-alive comment every 15 seconds", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      const sub = await stream(["user:quiet"]);
      vi.advanceTimersByTime(15_000);
      await publish({ db: testDb.db, channel: "user:quiet", type: "t", payload: {} });
      await sub.next();
      expect(sub.comments).toEqual([": connected", ": keep-alive"]);
      sub.abort();
    } finally {
      vi.useRealTimers();
    }
  });

  it("refuses payloads too large for NOTIFY", async () => {
    await expect(
      publish({ db: testDb.db, channel: "user:big", type: "t", payload: { blob: "x".repeat(5_000) } }),
    ).rejects.toThrow(/publish ids and refetch/);
  });

  it("also broadcasts through Supabase Realtime when Supabase is configured", async () => {
    process.env.SUPABASE_URL = "https://project.supabase.co";
    process.env.SUPABASE_SERVICE_ROLE_KEY = "service-role-key";
    resetConfig();
    const sent = new Promise<{ headers: Headers; body: unknown }>((resolve) => {
      network.use(
        http.post("https://project.supabase.co/realtime/v1/api/broadcast", async ({ request }) => {
          resolve({ headers: request.headers, body: await request.json() });
          return HttpResponse.json({}, { status: 202 });
        }),
      );
    });
    const event = await publish({ db: testDb.db, channel: "user:sb", type: "notification", payload: { text: "hi" } });
    const { headers, body } = await sent;
    expect(headers.get("apikey")).toBe("service-role-key");
    expect(headers.get("authorization")).toBe("Bearer service-role-key");
    expect(body).toEqual({
      messages: [{ topic: "user:sb", event: "notification", payload: { id: event.id, text: "hi" }, private: true }],
    });
    delete process.env.SUPABASE_URL;
    delete process.env.SUPABASE_SERVICE_ROLE_KEY;
  });
});

describe("channel authorisation", () => {
  it("lets users follow their own user channel only, and says the same for foreign and unknown channels", async () => {
    const alice = await makeUser("alice");
    const bob = await makeUser("bob");
    const signal = new AbortController().signal;
    const open = (channels: string[]) =>
      subscribeUser({ database: testDb.database, user: alice, channels, lastEventId: null, signal });

    await expect(open([`user:${alice.id}`])).resolves.toBeInstanceOf(ReadableStream);
    const foreign = await open([`user:${bob.id}`]).catch((e: unknown) => e);
    const unknownKind = await open(["call:00000000-0000-0000-0000-000000000000"]).catch((e: unknown) => e);
    const malformed = await open(["not a channel"]).catch((e: unknown) => e);
    for (const error of [foreign, unknownKind, malformed]) {
      expect(error).toMatchObject({ code: "FORBIDDEN", message: "You cannot subscribe to this channel." });
    }
  });
});

describe("several app instances on one Postgres", () => {
  it.runIf(testDriver() === "postgres")("an event published on one instance reaches a subscriber on another", async () => {
    // Instance B: its own connection pool, LISTEN connection and subscribers, on instance A's schema.
    const connection = testDb.database.connection;
    if (!connection) throw new Error("a server Postgres test database has a connection");
    const instanceB = await createDatabase({ driver: "postgres", ...connection, poolSize: 2 });
    const abort = new AbortController();
    try {
      const sub = sseReader(
        await openEventStream({ database: instanceB, channels: ["user:multi"], lastEventId: null, signal: abort.signal }),
      );
      const event = await publish({ db: testDb.db, channel: "user:multi", type: "notification", payload: { from: "A" } });
      await expect(sub.next()).resolves.toMatchObject({ id: event.id, payload: { from: "A" } });
    } finally {
      abort.abort();
      await instanceB.close();
    }
  });
});
