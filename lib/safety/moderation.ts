import "server-only";
import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { connectProfiles, userReports, users, type User, type UserReport } from "../db/schema";
import type { Db } from "../db/types";
import { apiError, notFound } from "../http";
import { notify } from "../notifications/notify";
import type { ModerationAction } from "./moderation-actions";
import { requireModerator } from "./roles";
import { translatorForUser } from "../i18n/user-translator";


const STATUS_OF = { dismiss: "dismissed", warn: "warned", suspend: "suspended", ban: "banned" } as const;
const QUEUE_LIMIT = 50;

const reporter = alias(users, "reporter");

/** Open reports, oldest first, each with the transcript and every report against that person. */
export async function listReportQueue({ db, moderator }: { db: Db; moderator: User }) {
  requireModerator(moderator);
  const open = await db
    .select({ report: userReports, reportedName: connectProfiles.displayName, reportedEmail: users.email, reporterName: reporter.displayName })
    .from(userReports)
    .leftJoin(users, eq(users.id, userReports.reportedId))
    .leftJoin(connectProfiles, eq(connectProfiles.userId, userReports.reportedId))
    .innerJoin(reporter, eq(reporter.id, userReports.reporterId))
    .where(eq(userReports.status, "open"))
    .orderBy(asc(userReports.createdAt))
    .limit(QUEUE_LIMIT);
  const reportedIds = [...new Set(open.map((r) => r.report.reportedId).filter((id): id is string => id !== null))];
  const history = reportedIds.length
    ? await db.select().from(userReports).where(and(isNotNull(userReports.reportedId), inArray(userReports.reportedId, reportedIds))).orderBy(desc(userReports.createdAt))
    : [];
  return open.map(({ report, reportedName, reportedEmail, reporterName }) => ({
    id: report.id,
    reason: report.reason,
    note: report.note,
    transcript: report.transcript,
    createdAt: report.createdAt.toISOString(),
    reporter: { id: report.reporterId, displayName: reporterName },
    reported: report.reportedId ? { id: report.reportedId, displayName: reportedName ?? reportedEmail ?? "Unknown" } : null,
    history: history
      .filter((h) => h.reportedId === report.reportedId && h.id !== report.id)
      .map((h) => ({ id: h.id, reason: h.reason, status: h.status, createdAt: h.createdAt.toISOString() })),
  }));
}

/** Closes a report with an action on the reported account; the reporter and (unless dismissed) the
 * reported person are notified. */
export async function resolveReport({
  db,
  moderator,
  reportId,
  action,
  days = 7,
  note,
  now = new Date(),
}: {
  db: Db;
  moderator: User;
  reportId: string;
  action: ModerationAction;
  days?: number;
  note?: string;
  now?: Date;
}): Promise<UserReport> {
  requireModerator(moderator);
  const [report] = await db.select().from(userReports).where(eq(userReports.id, reportId)).limit(1);
  if (!report) throw notFound("report");
  if (report.status !== "open") throw apiError("CONFLICT", "safety.reportAlready", { values: { status: report.status } });
  const [resolved] = await db
    .update(userReports)
    .set({ status: STATUS_OF[action], resolvedBy: moderator.id, resolvedAt: now, resolutionNote: note ?? null })
    .where(and(eq(userReports.id, reportId), eq(userReports.status, "open")))
    .returning();
  if (!resolved) throw apiError("CONFLICT", "safety.reportResolved");
  const target = report.reportedId;
  if (target && action === "suspend") {
    await db.update(users).set({ suspendedUntil: new Date(now.getTime() + days * 86_400_000) }).where(eq(users.id, target));
  }
  if (target && action === "ban") await db.update(users).set({ bannedAt: now }).where(eq(users.id, target));
  if (target && action !== "dismiss") {
    const t = await translatorForUser({ db, userId: target });
    const title = action === "warn" ? t("Notices.moderation.warn") : action === "suspend" ? t("Notices.moderation.suspend", { days }) : t("Notices.moderation.ban");
    await notify({ db, userId: target, kind: "safety.moderation", title, body: note ?? t("Notices.moderation.reviewedBody") });
  }
  const t = await translatorForUser({ db, userId: report.reporterId });
  await notify({ db, userId: report.reporterId, kind: "safety.report-outcome", title: t("Notices.reportReviewed"), body: t(`Notices.outcome.${action}`) });
  return resolved;
}
