import { describe, expect, it, vi } from "vitest";
import { POST as hintRoute } from "@/app/api/calls/[id]/hint/route";
import { GET as callDetail } from "@/app/api/calls/[id]/route";
import { call } from "../../fixtures/http";
import { createAndStartCall, endCallRequest, sayAsRep } from "../../fixtures/practice";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

useTestDatabase();

const hint = (user: TestUser, callId: string, headers?: HeadersInit) =>
  call(hintRoute, `/api/calls/${callId}/hint`, { method: "POST", cookie: user.cookie, headers }, { id: callId });

describe("POST /api/calls/:id/hint", () => {
  it("suggests the next move during a call and the debrief lists the hints used", async () => {
    const rep = await signUpUser();
    const { callId } = await createAndStartCall(rep);
    await sayAsRep(rep, callId, "Hi, this is Sam from Brightline.", 1_000);
    const res = await hint(rep, callId);
    expect(res.status).toBe(201);
    const first = await res.json();
    expect(first).toMatchObject({ kind: expect.any(String), atLine: 2 });
    expect(first.text.length).toBeGreaterThan(20);

    await sayAsRep(rep, callId, "How do you onboard new customers today?", 6_000);
    await sayAsRep(rep, callId, "What does a slow onboarding cost you?", 11_000);
    expect((await endCallRequest(rep, callId)).status).toBe(200);
    expect((await hint(rep, callId)).status).toBe(409);

    const detail = await (await call(callDetail, `/api/calls/${callId}`, { cookie: rep.cookie }, { id: callId })).json();
    expect(detail.hints).toEqual([expect.objectContaining({ id: first.id, text: first.text })]);
  });

  it("gives a stranger 404 and refuses a foreign origin, recording nothing", async () => {
    const rep = await signUpUser();
    const stranger = await signUpUser();
    const { callId } = await createAndStartCall(rep);
    expect((await hint(stranger, callId)).status).toBe(404);
    expect((await hint(rep, callId, { origin: "https://evil.example" })).status).toBe(403);
    const detail = await (await call(callDetail, `/api/calls/${callId}`, { cookie: rep.cookie }, { id: callId })).json();
    expect(detail.hints).toEqual([]);
  });
});
