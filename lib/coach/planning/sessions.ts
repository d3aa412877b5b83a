import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getConfig } from "../../config";
import { coachSessions, type CoachSession } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError, invalidFields, notFound } from "../../http";
import type { SessionCreate, SessionUpdate } from "./planning-schemas";
import { OUTBOX_FROM } from "../../notifications/email/send-email";
import { calendarOrganizer, sessionIcs, sessionLinks } from "./session-links";

const OPEN_STATUSES = ["scheduled", "in_progress"] as const;

export function toPublicSession(session: CoachSession) {
  return {
    id: session.id,
    scheduledFor: session.scheduledFor.toISOString(),
    durationMinutes: session.durationMinutes,
    goal: session.goal,
    framework: session.framework,
    status: session.status,
    outcomeSummary: session.outcomeSummary,
    rating: session.rating,
    createdAt: session.createdAt.toISOString(),
    completedAt: session.completedAt?.toISOString() ?? null,
    links: sessionLinks(session, getConfig().env.APP_URL),
  };
}

export type PublicSession = ReturnType<typeof toPublicSession>;

/** The user's own session; 404 for anyone else's, whether or not it exists. */
export async function getOwnSession({ db, userId, sessionId }: { db: Db; userId: string; sessionId: string }): Promise<CoachSession> {
  const [session] = await db
    .select()
    .from(coachSessions)
    .where(and(eq(coachSessions.id, sessionId), eq(coachSessions.userId, userId)));
  if (!session) throw notFound("session");
  return session;
}

function futureStart(scheduledFor: string, now: Date): Date {
  const start = new Date(scheduledFor);
  if (start.getTime() <= now.getTime()) {
    throw invalidFields([{ field: "scheduledFor", key: "fields.futureTime" }]);
  }
  return start;
}

export async function createSession({
  db,
  userId,
  input,
  now = new Date(),
}: {
  db: Db;
  userId: string;
  input: SessionCreate;
  now?: Date;
}): Promise<PublicSession> {
  const scheduledFor = futureStart(input.scheduledFor, now);
  const [session] = await db
    .insert(coachSessions)
    .values({ userId, ...input, scheduledFor })
    .returning();
  if (!session) throw new Error("session insert returned no row");
  return toPublicSession(session);
}

/** Open sessions (scheduled or running) soonest first; completed and cancelled ones latest first. */
export async function listSessions({ db, userId }: { db: Db; userId: string }) {
  const [open, closed] = await Promise.all([
    db
      .select()
      .from(coachSessions)
      .where(and(eq(coachSessions.userId, userId), inArray(coachSessions.status, OPEN_STATUSES)))
      .orderBy(asc(coachSessions.scheduledFor)),
    db
      .select()
      .from(coachSessions)
      .where(and(eq(coachSessions.userId, userId), inArray(coachSessions.status, ["completed", "cancelled"])))
      .orderBy(desc(coachSessions.scheduledFor))
      .limit(100),
  ]);
  return { upcoming: open.map(toPublicSession), past: closed.map(toPublicSession) };
}

export async function getSession({ db, userId, sessionId }: { db: Db; userId: string; sessionId: string }): Promise<PublicSession> {
  return toPublicSession(await getOwnSession({ db, userId, sessionId }));
}

/** Reschedules, edits or cancels a session that has not finished; a new time must be in the future. */
export async function updateSession({
  db,
  userId,
  sessionId,
  changes,
  now = new Date(),
}: {
  db: Db;
  userId: string;
  sessionId: string;
  changes: SessionUpdate;
  now?: Date;
}): Promise<PublicSession> {
  const session = await getOwnSession({ db, userId, sessionId });
  if (session.status !== "scheduled") {
    throw apiError("CONFLICT", "coach.sessionLocked", { values: { status: session.status } });
  }
  const { scheduledFor, ...fields } = changes;
  const set = {
    ...fields,
    ...(scheduledFor ? { scheduledFor: futureStart(scheduledFor, now) } : {}),
    calendarSequence: sql`${coachSessions.calendarSequence} + 1`,
    updatedAt: now,
  };
  const [updated] = await db
    .update(coachSessions)
    .set(set)
    .where(and(eq(coachSessions.id, sessionId), eq(coachSessions.userId, userId), eq(coachSessions.status, "scheduled")))
    .returning();
  if (!updated) throw apiError("CONFLICT", "coach.sessionChanged");
  return toPublicSession(updated);
}

export async function getSessionIcs({ db, userId, sessionId }: { db: Db; userId: string; sessionId: string }): Promise<string> {
  const { APP_URL, EMAIL_FROM } = getConfig().env;
  return sessionIcs(await getOwnSession({ db, userId, sessionId }), APP_URL, calendarOrganizer(EMAIL_FROM ?? OUTBOX_FROM));
}
