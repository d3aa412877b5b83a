import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { coachGoals, type CoachGoal } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError, notFound } from "../../http";
import { appendEdit, editOf } from "./edit-history";
import type { GoalInput, GoalUpdate } from "./planning-schemas";
import { assertTransition, type StatusFlow } from "./status-flow";

type GoalStatus = CoachGoal["status"];

/** The fields whose edits are kept in the goal's history (progress and status have their own record). */
const EDITED_FIELDS = ["title", "category", "priority", "targetDate"] as const;

// active ↔ paused; either may end as completed or abandoned, and an ended goal stays ended.
const NEXT_STATUSES: StatusFlow<GoalStatus> = {
  active: ["paused", "completed", "abandoned"],
  paused: ["active", "completed", "abandoned"],
  completed: [],
  abandoned: [],
};

export function toPublicGoal(goal: CoachGoal) {
  return {
    id: goal.id,
    title: goal.title,
    category: goal.category,
    priority: goal.priority,
    targetDate: goal.targetDate,
    status: goal.status,
    progress: goal.progress,
    history: goal.history,
    createdAt: goal.createdAt.toISOString(),
    updatedAt: goal.updatedAt.toISOString(),
    completedAt: goal.completedAt?.toISOString() ?? null,
  };
}

export type PublicGoal = ReturnType<typeof toPublicGoal>;

/** The user's own goal; 404 for anyone else's, whether or not it exists. */
export async function getOwnGoal({ db, userId, goalId }: { db: Db; userId: string; goalId: string }): Promise<CoachGoal> {
  const [goal] = await db.select().from(coachGoals).where(and(eq(coachGoals.id, goalId), eq(coachGoals.userId, userId)));
  if (!goal) throw notFound("goal");
  return goal;
}

/** Active goals first, then paused, then ended ones; within a status by priority (1 first). */
export async function listGoals({ db, userId }: { db: Db; userId: string }): Promise<PublicGoal[]> {
  const rows = await db
    .select()
    .from(coachGoals)
    .where(eq(coachGoals.userId, userId))
    .orderBy(
      sql`case ${coachGoals.status} when 'active' then 0 when 'paused' then 1 when 'completed' then 2 else 3 end`,
      asc(coachGoals.priority),
      desc(coachGoals.createdAt),
    );
  return rows.map(toPublicGoal);
}

export async function createGoals({ db, userId, goals }: { db: Db; userId: string; goals: GoalInput[] }): Promise<PublicGoal[]> {
  if (goals.length === 0) return [];
  const rows = await db
    .insert(coachGoals)
    .values(goals.map((goal) => ({ userId, ...goal })))
    .returning();
  return rows.map(toPublicGoal);
}

export async function createGoal({ db, userId, goal }: { db: Db; userId: string; goal: GoalInput }): Promise<PublicGoal> {
  const [created] = await createGoals({ db, userId, goals: [goal] });
  if (!created) throw new Error("goal insert returned no row");
  return created;
}

function statusChanges(goal: CoachGoal, status: GoalStatus, now: Date): Partial<CoachGoal> {
  assertTransition(NEXT_STATUSES, goal.status, status, "coach.goalTransition");
  if (status === goal.status) return {};
  if (status === "completed") return { status, progress: 100, completedAt: now };
  if (status === "abandoned") return { status, completedAt: now };
  return { status };
}

/** Edits a goal (each edit of title, category, priority or target date kept in its history) and moves
 * it along its status flow; an ended goal (completed, abandoned) is final. */
export async function updateGoal({
  db,
  userId,
  goalId,
  changes,
  now = new Date(),
}: {
  db: Db;
  userId: string;
  goalId: string;
  changes: GoalUpdate;
  now?: Date;
}): Promise<PublicGoal> {
  const goal = await getOwnGoal({ db, userId, goalId });
  const { status, ...fields } = changes;
  if (NEXT_STATUSES[goal.status].length === 0 && (Object.keys(fields).length > 0 || (status && status !== goal.status))) {
    throw apiError("CONFLICT", "coach.goalClosed", { values: { status: goal.status }, details: { from: goal.status, to: status } });
  }
  const edit = editOf(goal, fields, EDITED_FIELDS, now);
  const set = { ...fields, ...(status ? statusChanges(goal, status, now) : {}), ...(edit ? { history: appendEdit(coachGoals.history, edit) } : {}) };
  if (Object.keys(set).length === 0) return toPublicGoal(goal);
  const [updated] = await db
    .update(coachGoals)
    .set(set)
    .where(and(eq(coachGoals.id, goalId), eq(coachGoals.userId, userId), eq(coachGoals.status, goal.status)))
    .returning();
  if (!updated) throw apiError("CONFLICT", "coach.goalChanged");
  return toPublicGoal(updated);
}

export async function deleteGoal({ db, userId, goalId }: { db: Db; userId: string; goalId: string }): Promise<void> {
  const deleted = await db
    .delete(coachGoals)
    .where(and(eq(coachGoals.id, goalId), eq(coachGoals.userId, userId)))
    .returning({ id: coachGoals.id });
  if (deleted.length === 0) throw notFound("goal");
}
