import { describe, expect, it, vi } from "vitest";
import { GET as contextRoute } from "@/app/api/coach/messages/[id]/context/route";
import { coachGoals } from "@/lib/db/schema";
import { runAfterCallbacks } from "../../fixtures/after";
import { chat, conversationDetail, userIdOf } from "../../fixtures/coach-chat";
import { call } from "../../fixtures/http";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();

const why = (user: TestUser, id: string) => call(contextRoute, `/api/coach/messages/${id}/context`, { cookie: user.cookie }, { id });

describe("GET /api/coach/messages/:id/context", () => {
  it("says what an answer was built from: goals, and the offline playbook behind its advice", async () => {
    const user = await signUpUser();
    await database.db.insert(coachGoals).values({ userId: await userIdOf(user), title: "Hire a head of sales" });
    const { conversationId } = await chat(user, { message: "How should I run interviews for a head of sales? Any tips?" });
    await runAfterCallbacks();
    const detail = await conversationDetail(user, conversationId);
    const answer = detail.messages.find((m) => m.role === "assistant")!;

    const res = await why(user, answer.id);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.engine).toBe("built-in");
    expect(body.contextUsed).toMatchObject({ goals: ["Hire a head of sales"], practice: false, wellbeing: false });
    expect(body.contextUsed.playbook.length).toBeGreaterThan(0);
  });

  it("is 404 for someone else's answer, for the user's own message and for a bad id", async () => {
    const owner = await signUpUser();
    const stranger = await signUpUser();
    const { conversationId } = await chat(owner, { message: "We lost our biggest customer this week." });
    await runAfterCallbacks();
    const detail = await conversationDetail(owner, conversationId);
    const answer = detail.messages.find((m) => m.role === "assistant")!;
    const question = detail.messages.find((m) => m.role === "user")!;
    expect((await why(stranger, answer.id)).status).toBe(404);
    expect((await why(owner, question.id)).status).toBe(404);
    expect((await why(owner, "not-a-uuid")).status).toBe(404);
  });
});
