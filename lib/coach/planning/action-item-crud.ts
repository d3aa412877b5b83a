import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { coachActionItems, type CoachActionItem } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError, notFound } from "../../http";
import { getOwnGoal } from "./goals";
import { appendEdit, editOf } from "./edit-history";
import type { ActionItemCreate, ActionItemUpdate } from "./planning-schemas";
import { assertTransition, type StatusFlow } from "./status-flow";

type ActionItemStatus = CoachActionItem["status"];

/** The fields whose edits are kept in the item's history. */
const EDITED_FIELDS = ["text", "dueDate", "goalId"] as const;

// A suggestion is confirmed (pending) or dismissed; a pending item is done or dismissed; done can be
// undone back to pending. A dismissed item stays dismissed.
const NEXT_STATUSES: StatusFlow<ActionItemStatus> = {
  suggested: ["pending", "dismissed"],
  pending: ["done", "dismissed"],
  done: ["pending"],
  dismissed: [],
};

export function toPublicActionItem(item: CoachActionItem) {
  return {
    id: item.id,
    text: item.text,
    dueDate: item.dueDate,
    status: item.status,
    source: item.source,
    goalId: item.goalId,
    conversationId: item.conversationId,
    sessionId: item.sessionId,
    history: item.history,
    createdAt: item.createdAt.toISOString(),
    completedAt: item.completedAt?.toISOString() ?? null,
  };
}

export type PublicActionItem = ReturnType<typeof toPublicActionItem>;

async function getOwnActionItem({ db, userId, itemId }: { db: Db; userId: string; itemId: string }) {
  const [item] = await db
    .select()
    .from(coachActionItems)
    .where(and(eq(coachActionItems.id, itemId), eq(coachActionItems.userId, userId)));
  if (!item) throw notFound("actionItem");
  return item;
}

/** Open work first (suggested, pending), earliest due date first; then done and dismissed, newest first. */
export async function listActionItems({
  db,
  userId,
  status,
}: {
  db: Db;
  userId: string;
  status?: ActionItemStatus;
}): Promise<PublicActionItem[]> {
  const rows = await db
    .select()
    .from(coachActionItems)
    .where(and(eq(coachActionItems.userId, userId), status ? eq(coachActionItems.status, status) : undefined))
    .orderBy(
      sql`case ${coachActionItems.status} when 'suggested' then 0 when 'pending' then 1 when 'done' then 2 else 3 end`,
      sql`${coachActionItems.dueDate} asc nulls last`,
      desc(coachActionItems.createdAt),
      asc(coachActionItems.id),
    );
  return rows.map(toPublicActionItem);
}

export async function createActionItem({
  db,
  userId,
  item,
}: {
  db: Db;
  userId: string;
  item: ActionItemCreate;
}): Promise<PublicActionItem> {
  if (item.goalId) await getOwnGoal({ db, userId, goalId: item.goalId });
  const [created] = await db
    .insert(coachActionItems)
    .values({ userId, ...item, status: "pending", source: "manual" })
    .returning();
  if (!created) throw new Error("action item insert returned no row");
  return toPublicActionItem(created);
}

function statusChanges(item: CoachActionItem, status: ActionItemStatus, now: Date): Partial<CoachActionItem> {
  assertTransition(NEXT_STATUSES, item.status, status, "coach.actionItemTransition");
  if (status === item.status) return {};
  return { status, completedAt: status === "done" ? now : null };
}

/** Edits an action item (each edit of its text, due date or goal kept in its history) and moves it
 * along its status flow. */
export async function updateActionItem({
  db,
  userId,
  itemId,
  changes,
  now = new Date(),
}: {
  db: Db;
  userId: string;
  itemId: string;
  changes: ActionItemUpdate;
  now?: Date;
}): Promise<PublicActionItem> {
  const item = await getOwnActionItem({ db, userId, itemId });
  const { status, ...fields } = changes;
  if (fields.goalId) await getOwnGoal({ db, userId, goalId: fields.goalId });
  const edit = editOf(item, fields, EDITED_FIELDS, now);
  const set = { ...fields, ...(status ? statusChanges(item, status, now) : {}), ...(edit ? { history: appendEdit(coachActionItems.history, edit) } : {}) };
  if (Object.keys(set).length === 0) return toPublicActionItem(item);
  const [updated] = await db
    .update(coachActionItems)
    .set(set)
    .where(and(eq(coachActionItems.id, itemId), eq(coachActionItems.userId, userId), eq(coachActionItems.status, item.status)))
    .returning();
  if (!updated) throw apiError("CONFLICT", "coach.actionItemChanged");
  return toPublicActionItem(updated);
}

export async function deleteActionItem({ db, userId, itemId }: { db: Db; userId: string; itemId: string }): Promise<void> {
  const deleted = await db
    .delete(coachActionItems)
    .where(and(eq(coachActionItems.id, itemId), eq(coachActionItems.userId, userId)))
    .returning({ id: coachActionItems.id });
  if (deleted.length === 0) throw notFound("actionItem");
}
