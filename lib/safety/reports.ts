import "server-only";
import { and, desc, eq, or } from "drizzle-orm";
import { connectClips, connectMatches, userReports, users, type ReportReason, type UserReport } from "../db/schema";
import type { Db } from "../db/types";
import { apiError, notFound } from "../http";

export type ReportInput = { userId: string; reason: ReportReason; note?: string; matchId?: string };

/** The reported person's clip from the match (or their latest), for the moderator to read. */
async function transcriptFor(db: Db, reportedId: string, matchId: string | undefined): Promise<string | null> {
  if (matchId) {
    const [match] = await db.select().from(connectMatches).where(eq(connectMatches.id, matchId)).limit(1);
    const clipId = match?.userAId === reportedId ? match.clipAId : match?.userBId === reportedId ? match.clipBId : null;
    if (clipId) {
      const [clip] = await db.select({ transcript: connectClips.transcript }).from(connectClips).where(eq(connectClips.id, clipId));
      if (clip?.transcript) return clip.transcript;
    }
  }
  const [latest] = await db
    .select({ transcript: connectClips.transcript })
    .from(connectClips)
    .where(eq(connectClips.userId, reportedId))
    .orderBy(desc(connectClips.createdAt))
    .limit(1);
  return latest?.transcript ?? null;
}

/** Files a report; from then on the two are never matched again, either way. */
export async function reportUser({ db, reporterId, input }: { db: Db; reporterId: string; input: ReportInput }): Promise<UserReport> {
  if (input.userId === reporterId) throw apiError("VALIDATION_ERROR", "safety.reportSelf");
  const [reported] = await db.select({ id: users.id }).from(users).where(eq(users.id, input.userId)).limit(1);
  if (!reported) throw notFound("user");
  if (input.matchId) {
    const [match] = await db
      .select({ id: connectMatches.id })
      .from(connectMatches)
      .where(
        and(
          eq(connectMatches.id, input.matchId),
          or(
            and(eq(connectMatches.userAId, reporterId), eq(connectMatches.userBId, input.userId)),
            and(eq(connectMatches.userBId, reporterId), eq(connectMatches.userAId, input.userId)),
          ),
        ),
      );
    if (!match) throw notFound("match");
  }
  const [row] = await db
    .insert(userReports)
    .values({
      reporterId,
      reportedId: input.userId,
      matchId: input.matchId ?? null,
      reason: input.reason,
      note: input.note?.trim() ?? "",
      transcript: await transcriptFor(db, input.userId, input.matchId),
    })
    .returning();
  return row as UserReport;
}

export function toReportView(row: UserReport) {
  return { id: row.id, userId: row.reportedId, reason: row.reason, note: row.note, status: row.status, createdAt: row.createdAt.toISOString() };
}
