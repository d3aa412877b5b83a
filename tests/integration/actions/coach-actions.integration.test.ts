import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  createActionItemAction,
  createGoalAction,
  deleteActionItemAction,
  deleteGoalAction,
  updateActionItemAction,
  updateGoalAction,
} from "@/app/(app)/coach/goals/actions";
import { completeSessionAction, scheduleSessionAction, updateSessionAction } from "@/app/(app)/coach/sessions/actions";
import { generatePersonaAction } from "@/app/(app)/practice/actions";
import { eq } from "drizzle-orm";
import { listActionItems } from "@/lib/coach/planning/action-item-crud";
import { listGoals } from "@/lib/coach/planning/goals";
import { listSessions } from "@/lib/coach/planning/sessions";
import { users } from "@/lib/db/schema";
import { actionHeaders, formOf, type ActionRequest } from "../../fixtures/actions";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";
import { stubConfig } from "../../setup/env";

const request = vi.hoisted((): ActionRequest => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

const database = useTestDatabase();

beforeEach(() => stubConfig({ APP_URL: "http://localhost:3000" }));

function actAs(user: TestUser) {
  request.headers = actionHeaders({ cookie: user.cookie });
}

async function userIdOf(user: TestUser): Promise<string> {
  const [row] = await database.db.select().from(users).where(eq(users.email, user.email));
  if (!row) throw new Error("no such user");
  return row.id;
}

const notFound = (what: string) => ({ code: "NOT_FOUND", message: `${what} not found.`, status: 404 });

describe("goal and action item actions", () => {
  it("create from the form, and refuse another user's rows as not found, leaving them untouched", async () => {
    const owner = await signUpUser();
    const intruder = await signUpUser();
    actAs(owner);
    const goal = await createGoalAction({}, formOf({ title: " Hire a VP ", category: "", priority: "2", targetDate: "" }));
    expect(goal.data).toMatchObject({ title: "Hire a VP", category: "general", priority: 2, targetDate: null });
    const goalId = goal.data!.id;
    const item = await createActionItemAction({}, formOf({ text: "Call three recruiters", dueDate: "2030-01-15", goalId }));
    expect(item.data).toMatchObject({ text: "Call three recruiters", dueDate: "2030-01-15", goalId });
    const itemId = item.data!.id;

    actAs(intruder);
    expect((await updateGoalAction({ id: goalId, changes: { title: "Mine now" } })).serverError).toEqual(notFound("Goal"));
    expect((await deleteGoalAction({ id: goalId })).serverError).toEqual(notFound("Goal"));
    expect((await updateActionItemAction({ id: itemId, changes: { status: "done" } })).serverError).toEqual(notFound("Action item"));
    expect((await deleteActionItemAction({ id: itemId })).serverError).toEqual(notFound("Action item"));
    // Nor can an item of theirs be hung on the owner's goal.
    const hung = await createActionItemAction({}, formOf({ text: "Sneak in", dueDate: "", goalId }));
    expect(hung.data).toBeUndefined();

    const ownerId = await userIdOf(owner);
    expect(await listGoals({ db: database.db, userId: ownerId })).toMatchObject([{ id: goalId, title: "Hire a VP" }]);
    expect(await listActionItems({ db: database.db, userId: ownerId })).toMatchObject([{ id: itemId, status: "pending" }]);

    actAs(owner);
    expect((await updateGoalAction({ id: goalId, changes: { status: "completed" } })).data).toMatchObject({ status: "completed" });
    expect((await deleteActionItemAction({ id: itemId })).data).toEqual({ deleted: true });
  });

  it("answer a malformed id as not found and a bad form with the schema's messages", async () => {
    actAs(await signUpUser());
    expect((await updateGoalAction({ id: "not-a-uuid", changes: { progress: 10 } })).serverError).toEqual(notFound("Goal"));
    const bad = await createGoalAction({}, formOf({ title: "", category: "general", priority: "9", targetDate: "2030-02-31" }));
    expect(bad.validationErrors).toMatchObject({
      code: "VALIDATION_ERROR",
      fields: { title: "Give the goal a title.", priority: "Priority is 1 to 5.", targetDate: expect.any(String) },
    });
    const item = await createActionItemAction({}, formOf({ text: "Go", dueDate: "", goalId: "abc" }));
    expect(item.validationErrors?.fields).toEqual({ goalId: "Choose one of your goals." });
  });

  it("refuse a plain object where a form is expected", async () => {
    actAs(await signUpUser());
    const result = await createGoalAction({}, { title: "Not a form" } as never);
    expect(result.validationErrors?.code).toBe("VALIDATION_ERROR");
  });
});

describe("session actions", () => {
  it("schedule from the form in the zone it names; another user can neither cancel nor complete it", async () => {
    const owner = await signUpUser();
    const intruder = await signUpUser();
    actAs(owner);
    const scheduled = await scheduleSessionAction(
      {},
      formOf({ date: "2030-06-03", time: "09:30", timezone: "Europe/London", durationMinutes: "45", framework: "GROW", goal: "Plan the launch" }),
    );
    expect(scheduled.data).toMatchObject({ scheduledFor: "2030-06-03T08:30:00.000Z", durationMinutes: 45, goal: "Plan the launch" });
    const sessionId = scheduled.data!.id;

    actAs(intruder);
    expect((await updateSessionAction({ id: sessionId, changes: { status: "cancelled" } })).serverError).toEqual(notFound("Session"));
    expect((await completeSessionAction({ id: sessionId, rating: 5 })).serverError).toEqual(notFound("Session"));
    const { upcoming } = await listSessions({ db: database.db, userId: await userIdOf(owner) });
    expect(upcoming).toMatchObject([{ id: sessionId, status: "scheduled" }]);
  });

  it("names the field when the day or time is missing or past", async () => {
    actAs(await signUpUser());
    const missing = await scheduleSessionAction({}, formOf({ date: "", time: "09:00", timezone: "UTC", durationMinutes: "45", framework: "GROW", goal: "x" }));
    expect(Object.keys(missing.validationErrors?.fields ?? {})).toEqual(["scheduledFor"]);
    const past = await scheduleSessionAction({}, formOf({ date: "2020-01-01", time: "09:00", timezone: "UTC", durationMinutes: "45", framework: "GROW", goal: "x" }));
    expect(past.serverError).toMatchObject({ code: "VALIDATION_ERROR", fields: { scheduledFor: "Pick a time in the future." } });
  });
});

describe("generatePersonaAction", () => {
  it("generates a persona offline from the form", async () => {
    actAs(await signUpUser());
    const result = await generatePersonaAction({}, formOf({ industry: "Logistics", role: "Head of Operations", personality: "skeptical", difficulty: "hard" }));
    expect(result.data).toMatchObject({ generatedBy: "offline", persona: { role: expect.stringContaining("Operations") } });
  });
});
