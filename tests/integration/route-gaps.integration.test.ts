import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { POST as hintRoute } from "@/app/api/calls/[id]/hint/route";
import { POST as repracticeRoute } from "@/app/api/calls/[id]/repractice/route";
import { GET as listMemories } from "@/app/api/coach/memories/route";
import { DELETE as unblock } from "@/app/api/connect/blocks/[id]/route";
import { POST as block } from "@/app/api/connect/blocks/route";
import { calls } from "@/lib/db/schema";
import { isBlockedEitherWay } from "@/lib/safety/blocks";
import { userIdOf } from "../fixtures/coach-chat";
import { call, errorOf } from "../fixtures/http";
import { createAndStartCall, endCallRequest, sayAsRep } from "../fixtures/practice";
import { signUpUser } from "../fixtures/users";
import { useTestDatabase } from "../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
const FOREIGN = { origin: "https://evil.example" };

describe("routes' remaining ownership, input and origin rules", () => {
  it("repractice refuses a foreign origin and creates no call; hint answers 404 for a malformed id", async () => {
    const rep = await signUpUser();
    const { callId } = await createAndStartCall(rep);
    for (const [i, line] of ["Hi, I'm Sam.", "How do you onboard today?", "What does it cost you?"].entries()) await sayAsRep(rep, callId, line, (i + 1) * 5_000);
    expect((await endCallRequest(rep, callId)).status).toBe(200);
    const before = (await database.db.select().from(calls).where(eq(calls.userId, await userIdOf(rep)))).length;
    expect((await call(repracticeRoute, `/api/calls/${callId}/repractice`, { method: "POST", cookie: rep.cookie, headers: FOREIGN }, { id: callId })).status).toBe(403);
    expect((await database.db.select().from(calls).where(eq(calls.userId, await userIdOf(rep)))).length).toBe(before);
    expect((await call(hintRoute, "/api/calls/nope/hint", { method: "POST", cookie: rep.cookie }, { id: "nope" })).status).toBe(404);
  });

  it("the memory list refuses an over-long search with the error shape", async () => {
    const user = await signUpUser();
    const res = await call(listMemories, `/api/coach/memories?q=${"a".repeat(201)}`, { cookie: user.cookie });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("VALIDATION_ERROR");
  });

  it("blocks: bad input is a 400 that stores nothing, and another user cannot lift someone's block", async () => {
    const [ada, bo, cy] = [await signUpUser(), await signUpUser(), await signUpUser()];
    const [adaId, boId] = [await userIdOf(ada), await userIdOf(bo)];
    const bad = await call(block, "/api/connect/blocks", { method: "POST", cookie: ada.cookie, json: { userId: "not-a-user" } });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe("VALIDATION_ERROR");
    expect(await isBlockedEitherWay({ db: database.db, userId: adaId, otherUserId: boId })).toBe(false);

    await call(block, "/api/connect/blocks", { method: "POST", cookie: ada.cookie, json: { userId: boId } });
    await call(unblock, `/api/connect/blocks/${boId}`, { method: "DELETE", cookie: cy.cookie }, { id: boId });
    expect(await isBlockedEitherWay({ db: database.db, userId: adaId, otherUserId: boId })).toBe(true);
  });
});
