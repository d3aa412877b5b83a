import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { GET as getCall, PATCH as patchCall } from "@/app/api/calls/[id]/route";
import { GET as listCalls } from "@/app/api/calls/route";
import { calls } from "@/lib/db/schema";
import { afterQueue } from "../../fixtures/after";
import { call, errorOf } from "../../fixtures/http";
import { createAndStartCall } from "../../fixtures/practice";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();

function patch(user: TestUser, callId: string, json: unknown) {
  return call(patchCall, `/api/calls/${callId}`, { method: "PATCH", cookie: user.cookie, json }, { id: callId });
}

async function storedCall(callId: string) {
  const [row] = await database.db.select().from(calls).where(eq(calls.id, callId));
  return row!;
}

describe("PATCH /api/calls/:id", () => {
  it("renames a call and stores notes; the call page and the history show them", async () => {
    const user = await signUpUser();
    const { callId } = await createAndStartCall(user);
    afterQueue.length = 0;

    const res = await patch(user, callId, { title: "  Pricing push-back, take 2 ", notes: "Ask about the budget owner sooner." });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: callId, title: "Pricing push-back, take 2", notes: "Ask about the budget owner sooner." });

    const detail = await (await call(getCall, `/api/calls/${callId}`, { cookie: user.cookie }, { id: callId })).json();
    expect(detail.call).toMatchObject({ title: "Pricing push-back, take 2", notes: "Ask about the budget owner sooner." });
    const history = await (await call(listCalls, "/api/calls", { cookie: user.cookie })).json();
    expect(history.calls[0]).toMatchObject({ id: callId, title: "Pricing push-back, take 2" });

    // Notes alone leave the title; an empty title clears it.
    expect((await patch(user, callId, { notes: "Second thoughts." })).status).toBe(200);
    expect(await storedCall(callId)).toMatchObject({ title: "Pricing push-back, take 2", notes: "Second thoughts." });
    expect((await patch(user, callId, { title: "" })).status).toBe(200);
    expect(await storedCall(callId)).toMatchObject({ title: null, notes: "Second thoughts." });
  });

  it("is 404 for another user's call, and changes nothing", async () => {
    const owner = await signUpUser();
    const other = await signUpUser();
    const { callId } = await createAndStartCall(owner);
    expect((await patch(owner, callId, { title: "Mine" })).status).toBe(200);

    const res = await patch(other, callId, { title: "Theirs", notes: "Not yours" });
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("NOT_FOUND");
    expect(await storedCall(callId)).toMatchObject({ title: "Mine", notes: null });
  });

  it.each([
    ["an empty body", {}],
    ["a title over 120 characters", { title: "x".repeat(121) }],
    ["notes over 4,000 characters", { notes: "x".repeat(4_001) }],
    ["a title that is not text", { title: 42 }],
    ["a field it does not know", { title: "ok", status: "completed" }],
  ])("is 400 VALIDATION_ERROR for %s, and changes nothing", async (_, body) => {
    const user = await signUpUser();
    const { callId } = await createAndStartCall(user);
    const res = await patch(user, callId, body);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("VALIDATION_ERROR");
    expect(await storedCall(callId)).toMatchObject({ title: null, notes: null, status: "active" });
  });

  it("is 404 for an id that is no uuid", async () => {
    const user = await signUpUser();
    expect((await patch(user, "not-a-call", { title: "x" })).status).toBe(404);
  });
});
