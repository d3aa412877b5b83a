import "server-only";
import { and, asc, count, desc, eq, gte } from "drizzle-orm";
import { coachActionItems, coachDailySummaries, coachSessions } from "../../db/schema";
import type { Db } from "../../db/types";
import { clip } from "../chat/context-tiers";

const EXCERPT_CHARS = 220;

/** The coach at a glance for the dashboard: the next scheduled session, how many action items are
 * pending, and the latest daily summary. */
export async function getCoachOverview({ db, userId, now = new Date() }: { db: Db; userId: string; now?: Date }) {
  const [[session], [pending], [latest]] = await Promise.all([
    db
      .select({ id: coachSessions.id, scheduledFor: coachSessions.scheduledFor, durationMinutes: coachSessions.durationMinutes, goal: coachSessions.goal })
      .from(coachSessions)
      .where(and(eq(coachSessions.userId, userId), eq(coachSessions.status, "scheduled"), gte(coachSessions.scheduledFor, now)))
      .orderBy(asc(coachSessions.scheduledFor))
      .limit(1),
    db
      .select({ n: count() })
      .from(coachActionItems)
      .where(and(eq(coachActionItems.userId, userId), eq(coachActionItems.status, "pending"))),
    db
      .select({ day: coachDailySummaries.day, summary: coachDailySummaries.summary, engine: coachDailySummaries.engine })
      .from(coachDailySummaries)
      .where(eq(coachDailySummaries.userId, userId))
      .orderBy(desc(coachDailySummaries.day))
      .limit(1),
  ]);
  return {
    nextSession: session ? { ...session, scheduledFor: session.scheduledFor.toISOString() } : null,
    pendingActionItems: pending?.n ?? 0,
    latestSummary: latest ? { day: latest.day, excerpt: clip(latest.summary, EXCERPT_CHARS), offline: latest.engine.startsWith("offline/") } : null,
  };
}

export type CoachOverview = Awaited<ReturnType<typeof getCoachOverview>>;
