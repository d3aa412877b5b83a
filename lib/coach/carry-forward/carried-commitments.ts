import "server-only";
import { and, desc, eq, inArray, ne } from "drizzle-orm";
import { coachActionItems, coachSessions, users } from "../../db/schema";
import type { Db } from "../../db/types";
import { localDayOf } from "../../local-days";

export type CommitmentStatus = "overdue" | "pending" | "done";

export type CarriedCommitment = { id: string; text: string; dueDate: string | null; status: CommitmentStatus };

export type CarriedCommitments = {
  /** The user's last completed session before this one, or null when there is none. */
  from: { id: string; goal: string; completedAt: string } | null;
  /** Overdue first, then pending, then done. */
  items: CarriedCommitment[];
};

const ORDER: Record<CommitmentStatus, number> = { overdue: 0, pending: 1, done: 2 };

/** A commitment's status on the user's own calendar day: done, overdue (due before today), or pending. */
export function commitmentStatus(item: { status: string; dueDate: string | null }, today: string): CommitmentStatus {
  if (item.status === "done") return "done";
  return item.dueDate !== null && item.dueDate < today ? "overdue" : "pending";
}

/** What the user committed to in their last completed session, for the next session's agenda. */
export async function getCarriedCommitments({
  db,
  userId,
  sessionId,
  now = new Date(),
}: {
  db: Db;
  userId: string;
  sessionId: string;
  now?: Date;
}): Promise<CarriedCommitments> {
  const [last] = await db
    .select({ id: coachSessions.id, goal: coachSessions.goal, completedAt: coachSessions.completedAt })
    .from(coachSessions)
    .where(and(eq(coachSessions.userId, userId), eq(coachSessions.status, "completed"), ne(coachSessions.id, sessionId)))
    .orderBy(desc(coachSessions.completedAt))
    .limit(1);
  if (!last?.completedAt) return { from: null, items: [] };
  const [user] = await db.select({ timezone: users.timezone }).from(users).where(eq(users.id, userId));
  const today = localDayOf(now, user?.timezone ?? "UTC");
  const rows = await db
    .select({ id: coachActionItems.id, text: coachActionItems.text, dueDate: coachActionItems.dueDate, status: coachActionItems.status })
    .from(coachActionItems)
    .where(and(eq(coachActionItems.userId, userId), eq(coachActionItems.sessionId, last.id), inArray(coachActionItems.status, ["pending", "done"])));
  const items = rows
    .map((row) => ({ id: row.id, text: row.text, dueDate: row.dueDate, status: commitmentStatus(row, today) }))
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999"));
  return { from: { id: last.id, goal: last.goal, completedAt: last.completedAt.toISOString() }, items };
}
