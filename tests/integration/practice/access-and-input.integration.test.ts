import { describe, expect, it, vi } from "vitest";
import { GET as getCall } from "@/app/api/calls/[id]/route";
import { GET as getScore } from "@/app/api/calls/[id]/score/route";
import { GET as getTranscript } from "@/app/api/calls/[id]/transcript/route";
import { POST as createCallRoute } from "@/app/api/calls/route";
import { POST as startCallRoute } from "@/app/api/calls/start/route";
import { POST as generate } from "@/app/api/personas/generate/route";
import { GET as getPersonas } from "@/app/api/personas/route";
import { call, errorOf } from "../../fixtures/http";
import { createAndStartCall, endCallRequest, firstPresetId, personaReply, sayAsRep } from "../../fixtures/practice";
import { signUpUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

useTestDatabase();

describe("personas", () => {
  it("lists at least ten presets, and a generated persona only to its owner", async () => {
    const alice = await signUpUser();
    const bob = await signUpUser();
    const res = await call(generate, "/api/personas/generate", {
      method: "POST",
      cookie: alice.cookie,
      json: { industry: "Logistics", role: "Head of Operations", personality: "skeptical", difficulty: "hard" },
    });
    expect(res.status).toBe(201);
    const { persona, generatedBy } = await res.json();
    expect(generatedBy).toBe("offline");
    expect(persona).toMatchObject({ preset: false, industry: "Logistics", personality: "skeptical", difficulty: "hard" });

    const list = async (cookie: string) =>
      ((await (await call(getPersonas, "/api/personas", { cookie })).json()) as { personas: { id: string; preset: boolean }[] })
        .personas;
    const mine = await list(alice.cookie);
    const theirs = await list(bob.cookie);
    expect(mine.filter((p) => p.preset).length).toBeGreaterThanOrEqual(10);
    expect(mine.map((p) => p.id)).toContain(persona.id);
    expect(theirs.map((p) => p.id)).not.toContain(persona.id);

    const foreign = await call(createCallRoute, "/api/calls", {
      method: "POST",
      cookie: bob.cookie,
      json: { mode: "cold_call", personaId: persona.id },
    });
    expect(foreign.status).toBe(404);
  });
});

describe("bad input", () => {
  it("rejects an unknown mode, a too-long line and a negative timestamp with 400", async () => {
    const user = await signUpUser();
    const personaId = await firstPresetId(user);
    const badMode = await call(createCallRoute, "/api/calls", { method: "POST", cookie: user.cookie, json: { mode: "karaoke", personaId } });
    expect(badMode.status).toBe(400);
    expect((await errorOf(badMode)).details?.[0]?.field).toBe("mode");

    const { callId } = await createAndStartCall(user);
    const tooLong = await sayAsRep(user, callId, "x".repeat(10_001), 1_000);
    expect(tooLong.status).toBe(400);
    const negative = await sayAsRep(user, callId, "Hello", -5);
    expect(negative.status).toBe(400);
    expect((await errorOf(negative)).details?.[0]?.field).toBe("timestampMs");
  });

  it("answers 409 to starting a completed call and to talking in it", async () => {
    const user = await signUpUser();
    const { callId } = await createAndStartCall(user);
    expect((await endCallRequest(user, callId)).status).toBe(200);
    const restart = await call(startCallRoute, "/api/calls/start", { method: "POST", cookie: user.cookie, json: { callId } });
    expect(restart.status).toBe(409);
    expect((await sayAsRep(user, callId, "Still there?", 99_000)).status).toBe(409);
    expect((await personaReply(user, callId)).res.status).toBe(409);
  });
});

describe("another user's call", () => {
  it("is 404 for reading, appending, replying, ending and scoring", async () => {
    const alice = await signUpUser();
    const bob = await signUpUser();
    const { callId } = await createAndStartCall(alice);
    const as = { cookie: bob.cookie };
    const params = { id: callId };
    const results = [
      await call(getCall, `/api/calls/${callId}`, as, params),
      await call(getTranscript, `/api/calls/${callId}/transcript`, as, params),
      await sayAsRep(bob, callId, "Hijack", 1_000),
      (await personaReply(bob, callId)).res,
      await endCallRequest(bob, callId),
      await call(getScore, `/api/calls/${callId}/score`, as, params),
      await call(startCallRoute, "/api/calls/start", { method: "POST", cookie: bob.cookie, json: { callId } }),
      await call(getCall, "/api/calls/not-a-uuid", as, { id: "not-a-uuid" }),
    ];
    expect(results.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404, 404, 404]);
    // And Alice's call is untouched.
    const mine = await (await call(getCall, `/api/calls/${callId}`, { cookie: alice.cookie }, params)).json();
    expect(mine.call.status).toBe("active");
    expect(mine.transcript.every((e: { content: string }) => e.content !== "Hijack")).toBe(true);
  });
});
