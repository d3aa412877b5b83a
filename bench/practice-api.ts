// Practice API under load on PGlite: transcript appends at 200/s with realtime delivery to a
// subscriber of call:{id}, and POST /api/calls/{id}/end latency with the offline scorer.
import { setTimeout as delay } from "node:timers/promises";
import { sseReader } from "../tests/fixtures/sse";
import { signUp, startServer } from "./lib/server";
import { percentile, round } from "./lib/stats";

const APPENDS_PER_SECOND = 200;
const APPEND_SECONDS = 10;
const END_CALLS = 40;
// Requests in flight at most: past this the client waits, so an overloaded server shows up as a lower
// achieved rate instead of a pile of timed-out connections.
const MAX_IN_FLIGHT = 32;

type Json = Record<string, unknown>;

async function api(url: string, cookie: string, path: string, body?: Json): Promise<Json> {
  const res = await fetch(`${url}${path}`, {
    method: body ? "POST" : "GET",
    headers: { cookie, origin: url, "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Json;
}

async function newCall(url: string, cookie: string, personaId: string): Promise<string> {
  const { id } = await api(url, cookie, "/api/calls", { mode: "discovery", personaId });
  await api(url, cookie, "/api/calls/start", { callId: id });
  return String(id);
}

async function appendThroughput(url: string, cookie: string, callId: string) {
  const abort = new AbortController();
  const res = await fetch(`${url}/api/realtime?channel=call:${callId}`, { headers: { cookie }, signal: abort.signal });
  const events = sseReader(res.body!);
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const total = APPENDS_PER_SECOND * APPEND_SECONDS;
  const receiving = (async () => {
    while (latencies.length < total) {
      const event = await events.next();
      const sent = sentAt.get(String(event.payload.clientId));
      if (event.type === "transcript.appended" && sent !== undefined) latencies.push(performance.now() - sent);
    }
  })();
  const started = performance.now();
  const inFlight = new Set<Promise<unknown>>();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / APPENDS_PER_SECOND;
    const wait = due - performance.now();
    if (wait > 0) await delay(wait);
    if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
    const clientId = `bench-${i}`;
    sentAt.set(clientId, performance.now());
    const post = api(url, cookie, `/api/calls/${callId}/transcript`, {
      role: "rep",
      content: `What does step ${i} of your process look like today?`,
      timestampMs: i * 100,
      clientId,
    }).finally(() => inFlight.delete(post));
    inFlight.add(post);
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  await receiving;
  abort.abort();
  return { appends: total, targetPerSecond: APPENDS_PER_SECOND, achievedPerSecond: round(total / seconds, 0), deliveryP50Ms: round(percentile(latencies, 50), 1), deliveryP95Ms: round(percentile(latencies, 95), 1) };
}

async function endLatency(url: string, cookie: string, personaId: string) {
  const latencies: number[] = [];
  for (let n = 0; n < END_CALLS; n++) {
    const callId = await newCall(url, cookie, personaId);
    for (let i = 0; i < 20; i++) {
      await api(url, cookie, `/api/calls/${callId}/transcript`, { role: i % 2 ? "persona" : "rep", content: `Line ${i}: how do you handle onboarding today, and what happens when it slips?`, timestampMs: i * 10_000, clientId: `l-${i}` });
    }
    const t = performance.now();
    await api(url, cookie, `/api/calls/${callId}/end`, {});
    latencies.push(performance.now() - t);
  }
  return { calls: END_CALLS, endP50Ms: round(percentile(latencies, 50), 1), endP95Ms: round(percentile(latencies, 95), 1) };
}

export async function benchPracticeApi() {
  const server = await startServer({ port: 3204, dataDir: ".data/bench-practice" });
  try {
    const { cookie } = await signUp(server.url, `bench-practice-${Date.now()}@example.com`);
    const { personas } = (await api(server.url, cookie, "/api/personas")) as { personas: { id: string }[] };
    const personaId = personas[0]!.id;
    const appends = await appendThroughput(server.url, cookie, await newCall(server.url, cookie, personaId));
    const ends = await endLatency(server.url, cookie, personaId);
    return [{ driver: "pglite", ...appends, ...ends }];
  } finally {
    await server.stop();
  }
}
