import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { wellbeingMeditations } from "../db/schema";
import type { Db } from "../db/types";
import { invalidFields, notFound } from "../http";
import { meditationStats } from "./meditation-stats";
import { findProgram, PROGRAMS } from "./programs";
import { moodChangeByProgram } from "./trends-math";
import { userToday } from "./user-day";

export async function startMeditation({ db, userId, programId, moodBefore, now = new Date() }: { db: Db; userId: string; programId: string; moodBefore: number; now?: Date }) {
  if (!findProgram(programId)) throw invalidFields([{ field: "programId", key: "fields.unknownProgramme" }]);
  const { today } = await userToday({ db, userId, now });
  const [row] = await db.insert(wellbeingMeditations).values({ userId, programId, moodBefore, day: today, startedAt: now }).returning({ id: wellbeingMeditations.id });
  return { id: row!.id };
}

export type MeditationEnd = { moodAfter: number | null; completed: boolean; durationSeconds: number; interruptions: number; notes?: string };

/** Ends a session, completed or not (a partial session is kept as not completed). */
export async function finishMeditation({ db, userId, meditationId, end }: { db: Db; userId: string; meditationId: string; end: MeditationEnd }) {
  const [row] = await db
    .update(wellbeingMeditations)
    .set({ ...end, notes: end.notes ?? "", endedAt: new Date() })
    .where(and(eq(wellbeingMeditations.id, meditationId), eq(wellbeingMeditations.userId, userId)))
    .returning();
  if (!row) throw notFound("meditation");
  return { id: row.id, programId: row.programId, moodBefore: row.moodBefore, moodAfter: row.moodAfter, completed: row.completed, durationSeconds: row.durationSeconds, interruptions: row.interruptions, notes: row.notes };
}

/** Totals, streaks, badges and "what works for me" (average mood change per programme, from three
 * rated sessions on). */
export async function getInsights({ db, userId, now = new Date() }: { db: Db; userId: string; now?: Date }) {
  const { today } = await userToday({ db, userId, now });
  const rows = await db.select().from(wellbeingMeditations).where(eq(wellbeingMeditations.userId, userId)).orderBy(desc(wellbeingMeditations.startedAt));
  const changes = moodChangeByProgram(rows);
  return {
    ...meditationStats(rows, today),
    programs: changes.map((c) => ({ ...c, title: findProgram(c.programId)?.title ?? c.programId })),
    recent: rows.slice(0, 10).map((r) => ({
      id: r.id,
      programId: r.programId,
      title: findProgram(r.programId)?.title ?? r.programId,
      day: r.day,
      completed: r.completed,
      durationSeconds: r.durationSeconds,
      moodBefore: r.moodBefore,
      moodAfter: r.moodAfter,
      interruptions: r.interruptions,
    })),
  };
}

export function listPrograms() {
  return PROGRAMS;
}
