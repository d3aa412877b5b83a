import { describe, expect, it } from "vitest";
import { DELETE as deleteItem, PATCH as patchItem } from "@/app/api/coach/action-items/[id]/route";
import { GET as listItems, POST as createItem } from "@/app/api/coach/action-items/route";
import { POST as createGoal } from "@/app/api/coach/goals/route";
import { suggestActionItems } from "@/lib/coach/planning/action-items";
import { send, sendOk, userIdOf } from "../../fixtures/coach-planning";
import { errorOf } from "../../fixtures/http";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();

type Item = { id: string; text: string; dueDate: string | null; status: string; source: string; goalId: string | null; completedAt: string | null; history: { at: string; changes: { field: string; from: unknown; to: unknown }[] }[] };

const create = (user: TestUser, json: Record<string, unknown>) =>
  sendOk<Item>(createItem, "/api/coach/action-items", user, { method: "POST", json, status: 201 });
const patch = (user: TestUser, id: string, json: unknown) =>
  send(patchItem, `/api/coach/action-items/${id}`, user, { method: "PATCH", json, params: { id } });
const list = async (user: TestUser, status?: string) =>
  (await sendOk<{ actionItems: Item[] }>(listItems, `/api/coach/action-items${status ? `?status=${status}` : ""}`, user)).actionItems;
const goalOf = async (user: TestUser, title: string) =>
  (await sendOk<{ id: string }>(createGoal, "/api/coach/goals", user, { method: "POST", json: { title }, status: 201 })).id;

/** Two suggestions the coach extracted from a conversation, waiting for the user to confirm them. */
async function suggest(user: TestUser): Promise<Item[]> {
  const userId = await userIdOf(user);
  await suggestActionItems({
    db: database.db,
    userId,
    conversationId: null,
    items: [
      { text: "Call Sarah about the renewal", dueDate: "2026-12-04" },
      { text: "Update the CRM", dueDate: null },
    ],
  });
  return list(user, "suggested");
}

describe("action items", () => {
  it("adds a manual item as pending, linked to one of the user's goals", async () => {
    const user = await signUpUser();
    const goalId = await goalOf(user, "Close the Acme pilot");
    const item = await create(user, { text: "Send Acme the pilot plan", dueDate: "2026-12-01", goalId });
    expect(item).toMatchObject({ text: "Send Acme the pilot plan", dueDate: "2026-12-01", status: "pending", source: "manual", goalId });
    expect(await list(user)).toEqual([expect.objectContaining({ id: item.id })]);
  });

  it("confirms or dismisses suggestions, and filters by status", async () => {
    const user = await signUpUser();
    const [call, crm] = await suggest(user);
    expect([call?.status, crm?.status, call?.source]).toEqual(["suggested", "suggested", "extracted"]);

    expect((await (await patch(user, call!.id, { status: "pending" })).json()).status).toBe("pending");
    expect((await (await patch(user, crm!.id, { status: "dismissed" })).json()).status).toBe("dismissed");

    expect((await list(user, "pending")).map((i) => i.text)).toEqual(["Call Sarah about the renewal"]);
    expect((await list(user, "dismissed")).map((i) => i.text)).toEqual(["Update the CRM"]);
    expect(await list(user, "suggested")).toEqual([]);
  });

  it("finishes a pending item (completedAt set) and can undo it back to pending", async () => {
    const user = await signUpUser();
    const item = await create(user, { text: "Book the offsite venue" });
    const done = await (await patch(user, item.id, { status: "done" })).json();
    expect(done.status).toBe("done");
    expect(done.completedAt).not.toBeNull();
    const undone = await (await patch(user, item.id, { status: "pending" })).json();
    expect(undone).toMatchObject({ status: "pending", completedAt: null });
  });

  it("answers 409 to transitions outside the flow", async () => {
    const user = await signUpUser();
    const [suggestion] = await suggest(user);
    const skip = await patch(user, suggestion!.id, { status: "done" });
    expect(skip.status).toBe(409);
    expect((await errorOf(skip)).code).toBe("CONFLICT");

    const item = await create(user, { text: "Review the budget" });
    expect((await patch(user, item.id, { status: "suggested" })).status).toBe(409);
    await patch(user, item.id, { status: "dismissed" });
    expect((await patch(user, item.id, { status: "pending" })).status).toBe(409);
    expect((await list(user, "dismissed")).map((i) => i.id)).toEqual([item.id]);
  });

  it("edits text, due date and goal, and deletes", async () => {
    const user = await signUpUser();
    const goalId = await goalOf(user, "Hire a VP Engineering");
    const item = await create(user, { text: "Draft the job ad" });
    const edited = await (await patch(user, item.id, { text: "Draft the VP Eng job ad", dueDate: "2026-12-10", goalId })).json();
    expect(edited).toMatchObject({ text: "Draft the VP Eng job ad", dueDate: "2026-12-10", goalId, status: "pending" });
    const unlinked = (await (await patch(user, item.id, { goalId: null, dueDate: null, status: "done" })).json()) as Item;
    expect(unlinked).toMatchObject({ goalId: null, dueDate: null });
    expect(unlinked.history.map((edit) => edit.changes)).toEqual([
      [
        { field: "text", from: "Draft the job ad", to: "Draft the VP Eng job ad" },
        { field: "dueDate", from: null, to: "2026-12-10" },
        { field: "goalId", from: null, to: goalId },
      ],
      [
        { field: "dueDate", from: "2026-12-10", to: null },
        { field: "goalId", from: goalId, to: null },
      ],
    ]);
    const same = (await (await patch(user, item.id, { text: "Draft the VP Eng job ad" })).json()) as Item;
    expect(same.history).toHaveLength(2);

    const res = await send(deleteItem, `/api/coach/action-items/${item.id}`, user, { method: "DELETE", params: { id: item.id } });
    expect(res.status).toBe(204);
    expect(await list(user)).toEqual([]);
  });

  it("rejects bad input with 400", async () => {
    const user = await signUpUser();
    const empty = await send(createItem, "/api/coach/action-items", user, { method: "POST", json: { text: "" } });
    expect((await errorOf(empty)).details?.[0]?.field).toBe("text");
    const longText = await send(createItem, "/api/coach/action-items", user, { method: "POST", json: { text: "x".repeat(501) } });
    expect(longText.status).toBe(400);
    const badStatus = await send(listItems, "/api/coach/action-items?status=someday", user);
    expect(badStatus.status).toBe(400);
    const item = await create(user, { text: "Plan the retro" });
    expect((await patch(user, item.id, { status: "later" })).status).toBe(400);
    expect((await patch(user, item.id, { dueDate: "31/12/2026" })).status).toBe(400);
  });
});

describe("another user's action items and goals", () => {
  it("are 404: linking to a foreign goal, changing or deleting a foreign item; lists stay separate", async () => {
    const alice = await signUpUser();
    const bob = await signUpUser();
    const alicesGoal = await goalOf(alice, "Alice's goal");
    const alicesItem = await create(alice, { text: "Alice's private task" });
    const bobsItem = await create(bob, { text: "Bob's task" });

    const foreignGoal = await send(createItem, "/api/coach/action-items", bob, { method: "POST", json: { text: "Sneaky", goalId: alicesGoal } });
    expect(foreignGoal.status).toBe(404);
    expect((await patch(bob, bobsItem.id, { goalId: alicesGoal })).status).toBe(404);
    expect((await patch(bob, alicesItem.id, { status: "done" })).status).toBe(404);
    expect((await patch(bob, alicesItem.id, { text: "Hijacked" })).status).toBe(404);
    expect((await send(deleteItem, `/api/coach/action-items/${alicesItem.id}`, bob, { method: "DELETE", params: { id: alicesItem.id } })).status).toBe(404);
    expect((await patch(bob, "nope", { status: "done" })).status).toBe(404);

    expect((await list(bob)).map((i) => i.text)).toEqual(["Bob's task"]);
    expect(await list(alice)).toEqual([expect.objectContaining({ id: alicesItem.id, text: "Alice's private task", status: "pending" })]);
  });
});
