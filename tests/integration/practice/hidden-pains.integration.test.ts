import { describe, expect, it, vi } from "vitest";
import { GET as getCall } from "@/app/api/calls/[id]/route";
import { GET as getPersonas } from "@/app/api/personas/route";
import { runAfterCallbacks } from "../../fixtures/after";
import { call } from "../../fixtures/http";
import { createAndStartCall, endCallRequest, personaReply, sayAsRep } from "../../fixtures/practice";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

useTestDatabase();

// Priya, the friendly practice administrator: her first pain is about the front desk confirming
// appointments by phone; no line here asks about reception turnover.
const REP_LINES = [
  "Hi Priya, this is Sam from Relay. Thanks for making the time.",
  "How does your front desk handle confirming appointments each morning?",
  "What happens when patients don't show up for their appointment slots?",
  "Would it make sense to book a 30-minute demo next Tuesday with your clinic leads?",
];

type Pain = { pain: string; uncovered: boolean; question?: string; answer?: string };

async function priyaId(user: TestUser) {
  const { personas } = (await (await call(getPersonas, "/api/personas", { cookie: user.cookie })).json()) as { personas: { id: string; name: string }[] };
  return personas.find((p) => p.name.startsWith("Priya"))!.id;
}

function detailOf(user: TestUser, callId: string) {
  return call(getCall, `/api/calls/${callId}`, { cookie: user.cookie }, { id: callId });
}

describe("hidden pains in the call detail", () => {
  it("stay hidden during the call; once it ends, each shows as uncovered with its question and answer, or missed", async () => {
    const user = await signUpUser();
    const { callId } = await createAndStartCall(user, "discovery", await priyaId(user));
    for (const [i, line] of REP_LINES.entries()) {
      expect((await sayAsRep(user, callId, line, (i + 1) * 15_000, `rep-${i}`)).status).toBe(201);
      expect((await personaReply(user, callId)).res.status).toBe(200);
      await runAfterCallbacks();
    }

    const live = await (await detailOf(user, callId)).json();
    expect(live.call.status).toBe("active");
    expect(live.hiddenPains).toBeNull();
    expect(JSON.stringify(live)).not.toContain("repetitive");
    expect(live.persona).not.toHaveProperty("hiddenPains");

    expect((await endCallRequest(user, callId)).status).toBe(200);
    await runAfterCallbacks();
    const ended = await (await detailOf(user, callId)).json();
    expect(ended.call.status).toBe("completed");
    const pains = ended.hiddenPains as Pain[];
    expect(pains).toHaveLength(3);

    const frontDesk = pains.find((p) => p.pain.includes("front desk"))!;
    expect(frontDesk).toMatchObject({ uncovered: true, question: REP_LINES[1] });
    const buyerLines = (ended.transcript as { role: string; content: string }[]).filter((e) => e.role === "persona").map((e) => e.content);
    expect(buyerLines).toContain(frontDesk.answer);

    const turnover = pains.find((p) => p.pain.includes("turnover"))!;
    expect(turnover).toEqual({ pain: turnover.pain, uncovered: false });
  });

  it("is 404 for another user's call, and gives none of its pains away", async () => {
    const owner = await signUpUser();
    const other = await signUpUser();
    const { callId } = await createAndStartCall(owner, "discovery", await priyaId(owner));
    for (const [i, line] of REP_LINES.slice(0, 3).entries()) {
      await sayAsRep(owner, callId, line, (i + 1) * 15_000, `rep-${i}`);
      await personaReply(owner, callId);
      await runAfterCallbacks();
    }
    expect((await endCallRequest(owner, callId)).status).toBe(200);
    await runAfterCallbacks();
    expect((await (await detailOf(owner, callId)).json()).hiddenPains).toHaveLength(3);

    const res = await detailOf(other, callId);
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(JSON.parse(body).error.code).toBe("NOT_FOUND");
    expect(body).not.toContain("front desk");
  });
});
