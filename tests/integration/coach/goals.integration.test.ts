import { describe, expect, it } from "vitest";
import { DELETE as deleteGoal, PATCH as patchGoal } from "@/app/api/coach/goals/[id]/route";
import { GET as listGoals, POST as createGoal } from "@/app/api/coach/goals/route";
import { send, sendOk } from "../../fixtures/coach-planning";
import { errorOf } from "../../fixtures/http";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

useTestDatabase();

type Edit = { at: string; changes: { field: string; from: string | number | null; to: string | number | null }[] };
type Goal = { id: string; title: string; category: string; priority: number; targetDate: string | null; status: string; progress: number; completedAt: string | null; history: Edit[] };

const create = (user: TestUser, json: Record<string, unknown>) =>
  sendOk<Goal>(createGoal, "/api/coach/goals", user, { method: "POST", json, status: 201 });
const patch = (user: TestUser, id: string, json: unknown) =>
  send(patchGoal, `/api/coach/goals/${id}`, user, { method: "PATCH", json, params: { id } });
const list = async (user: TestUser) => (await sendOk<{ goals: Goal[] }>(listGoals, "/api/coach/goals", user)).goals;

describe("goals", () => {
  it("creates a goal with defaults and lists active goals by priority before paused and ended ones", async () => {
    const user = await signUpUser();
    const minimal = await create(user, { title: "Write the investor update" });
    expect(minimal).toMatchObject({ category: "general", priority: 3, targetDate: null, status: "active", progress: 0, completedAt: null });
    const urgent = await create(user, { title: "Close the Acme pilot", category: "sales", priority: 1, targetDate: "2027-01-15" });
    const paused = await create(user, { title: "Launch the podcast", priority: 1 });
    await patch(user, paused.id, { status: "paused" });

    expect((await list(user)).map((g) => g.title)).toEqual(["Close the Acme pilot", "Write the investor update", "Launch the podcast"]);
    expect(urgent.targetDate).toBe("2027-01-15");
  });

  it("moves active ↔ paused, and completing sets progress 100 and completedAt", async () => {
    const user = await signUpUser();
    const goal = await create(user, { title: "Hire two engineers" });
    const progressed = await (await patch(user, goal.id, { progress: 40, title: "Hire two senior engineers" })).json();
    expect(progressed).toMatchObject({ progress: 40, title: "Hire two senior engineers" });

    expect((await (await patch(user, goal.id, { status: "paused" })).json()).status).toBe("paused");
    expect((await (await patch(user, goal.id, { status: "active" })).json()).status).toBe("active");
    const done = await (await patch(user, goal.id, { status: "completed" })).json();
    expect(done).toMatchObject({ status: "completed", progress: 100 });
    expect(Date.parse(done.completedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("abandoning sets completedAt and keeps the progress made", async () => {
    const user = await signUpUser();
    const goal = await create(user, { title: "Open a Berlin office" });
    await patch(user, goal.id, { progress: 30 });
    await patch(user, goal.id, { status: "paused" });
    const abandoned = await (await patch(user, goal.id, { status: "abandoned" })).json();
    expect(abandoned).toMatchObject({ status: "abandoned", progress: 30 });
    expect(abandoned.completedAt).not.toBeNull();
  });

  it("treats completed and abandoned as final: any change is a 409", async () => {
    const user = await signUpUser();
    const completed = await create(user, { title: "Ship v2" });
    await patch(user, completed.id, { status: "completed" });
    const abandoned = await create(user, { title: "Rebrand" });
    await patch(user, abandoned.id, { status: "abandoned" });

    const reopen = await patch(user, completed.id, { status: "active" });
    expect(reopen.status).toBe(409);
    expect((await errorOf(reopen)).code).toBe("CONFLICT");
    expect((await patch(user, completed.id, { status: "paused" })).status).toBe(409);
    expect((await patch(user, completed.id, { progress: 50 })).status).toBe(409);
    expect((await patch(user, abandoned.id, { status: "completed" })).status).toBe(409);
    expect((await list(user)).map((g) => [g.title, g.status, g.progress])).toEqual([
      ["Ship v2", "completed", 100],
      ["Rebrand", "abandoned", 0],
    ]);
  });

  it("rejects bad input with 400 and field details", async () => {
    const user = await signUpUser();
    const noTitle = await send(createGoal, "/api/coach/goals", user, { method: "POST", json: { title: "  " } });
    expect(noTitle.status).toBe(400);
    expect((await errorOf(noTitle)).details?.[0]?.field).toBe("title");
    const badDate = await send(createGoal, "/api/coach/goals", user, { method: "POST", json: { title: "Grow", targetDate: "next spring" } });
    expect((await errorOf(badDate)).details?.[0]?.field).toBe("targetDate");
    const goal = await create(user, { title: "Grow revenue" });
    const over = await patch(user, goal.id, { progress: 101 });
    expect(over.status).toBe(400);
    expect((await errorOf(over)).details?.[0]?.field).toBe("progress");
    expect((await patch(user, goal.id, { status: "done" })).status).toBe(400);
    expect((await patch(user, goal.id, {})).status).toBe(400);
  });

  it("deletes a goal: 204, then it is gone", async () => {
    const user = await signUpUser();
    const goal = await create(user, { title: "Temporary" });
    const res = await send(deleteGoal, `/api/coach/goals/${goal.id}`, user, { method: "DELETE", params: { id: goal.id } });
    expect(res.status).toBe(204);
    expect(await list(user)).toEqual([]);
    expect((await send(deleteGoal, `/api/coach/goals/${goal.id}`, user, { method: "DELETE", params: { id: goal.id } })).status).toBe(404);
  });
});

describe("editing a goal", () => {
  it("changes title, category, priority and target date, keeping each edit with its before and after in the history", async () => {
    const user = await signUpUser();
    const goal = await create(user, { title: "Hire engineers", category: "hiring", priority: 3, targetDate: "2027-03-01" });
    expect(goal.history).toEqual([]);

    const first = (await (await patch(user, goal.id, { title: "Hire two senior engineers", priority: 1 })).json()) as Goal;
    expect(first).toMatchObject({ title: "Hire two senior engineers", priority: 1 });
    const second = (await (await patch(user, goal.id, { category: "product", targetDate: "2027-04-15", priority: 1, progress: 20 })).json()) as Goal;
    expect(second).toMatchObject({ category: "product", targetDate: "2027-04-15", progress: 20 });

    expect(second.history.map((edit) => edit.changes)).toEqual([
      [
        { field: "title", from: "Hire engineers", to: "Hire two senior engineers" },
        { field: "priority", from: 3, to: 1 },
      ],
      [
        { field: "category", from: "hiring", to: "product" },
        { field: "targetDate", from: "2027-03-01", to: "2027-04-15" },
      ],
    ]);
    expect(second.history.every((edit) => !Number.isNaN(Date.parse(edit.at)))).toBe(true);
    expect((await list(user))[0]?.history).toHaveLength(2);

    const progressOnly = (await (await patch(user, goal.id, { progress: 50 })).json()) as Goal;
    expect(progressOnly.history).toHaveLength(2);
    const cleared = (await (await patch(user, goal.id, { targetDate: null })).json()) as Goal;
    expect(cleared.history.at(-1)?.changes).toEqual([{ field: "targetDate", from: "2027-04-15", to: null }]);
  });

  it("does not let another user edit it or read its history", async () => {
    const alice = await signUpUser();
    const bob = await signUpUser();
    const goal = await create(alice, { title: "Alice's plan" });
    await patch(alice, goal.id, { title: "Alice's revised plan" });
    expect((await patch(bob, goal.id, { title: "Bob's now", priority: 1 })).status).toBe(404);
    expect(await list(bob)).toEqual([]);
    const [mine] = await list(alice);
    expect(mine?.title).toBe("Alice's revised plan");
    expect(mine?.history.map((edit) => edit.changes[0]?.to)).toEqual(["Alice's revised plan"]);
  });
});

describe("another user's goal", () => {
  it("is invisible and 404 for changing or deleting; a malformed id is 404 too", async () => {
    const alice = await signUpUser();
    const bob = await signUpUser();
    const goal = await create(alice, { title: "Alice's secret goal", priority: 1 });

    expect(await list(bob)).toEqual([]);
    expect((await patch(bob, goal.id, { status: "completed" })).status).toBe(404);
    expect((await patch(bob, goal.id, { title: "Hijacked" })).status).toBe(404);
    expect((await send(deleteGoal, `/api/coach/goals/${goal.id}`, bob, { method: "DELETE", params: { id: goal.id } })).status).toBe(404);
    expect((await patch(alice, "not-a-uuid", { progress: 5 })).status).toBe(404);

    expect(await list(alice)).toEqual([expect.objectContaining({ id: goal.id, title: "Alice's secret goal", status: "active" })]);
  });
});
