import { describe, expect, it } from "vitest";
import { openEventStream } from "@/lib/realtime/sse";
import { createAndStartCall, sayAsRep } from "../../fixtures/practice";
import { sseReader } from "../../fixtures/sse";
import { signUpUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

const test = useTestDatabase();

async function followCall(callId: string) {
  const abort = new AbortController();
  const stream = await openEventStream({ database: test.database, channels: [`call:${callId}`], lastEventId: null, signal: abort.signal });
  return { ...sseReader(stream), abort: () => abort.abort() };
}

describe("transcript.appended events", () => {
  it("carry a short line whole, and only the id of a line too big to send inline", async () => {
    const user = await signUpUser();
    const { callId } = await createAndStartCall(user);
    const events = await followCall(callId);

    const short = await sayAsRep(user, callId, "What does onboarding look like today?", 1_000, "short");
    expect(short.status).toBe(201);
    const shortEntry = await short.json();
    // Short in characters, but each control character is six bytes once escaped as JSON.
    const escaped = `Note:${"\u0001".repeat(900)}end`;
    expect((await sayAsRep(user, callId, escaped, 2_000, "escaped")).status).toBe(201);
    expect((await sayAsRep(user, callId, "x".repeat(5_000), 3_000, "long")).status).toBe(201);

    const received = [await events.next(), await events.next(), await events.next()];
    expect(received.map((e) => [e.type, e.payload.clientId, e.payload.content])).toEqual([
      ["transcript.appended", "short", "What does onboarding look like today?"],
      ["transcript.appended", "escaped", null],
      ["transcript.appended", "long", null],
    ]);
    // The event carries the same entry the append answered with, id included.
    expect(received[0]!.payload).toEqual(shortEntry);
    expect(shortEntry).toMatchObject({ id: expect.any(Number), role: "rep", timestampMs: 1_000, clientId: "short" });
    events.abort();
  });
});
