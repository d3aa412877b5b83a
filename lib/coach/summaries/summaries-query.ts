import "server-only";
import { and, desc, eq, lt } from "drizzle-orm";
import { z } from "zod";
import { isoDate } from "../../api/safe-input";
import { coachDailySummaries, coachWeeklySummaries, type CoachDailySummary, type CoachWeeklySummary } from "../../db/schema";
import type { Db } from "../../db/types";
import { fieldMessage } from "@/lib/i18n/field-message";

export const listSummariesSchema = z.object({
  kind: z.enum(["daily", "weekly"], fieldMessage("useKindDailyOrKindWeekly")).default("daily"),
  before: isoDate(fieldMessage("useBeforeYYYYMMDD")).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export type ListSummariesQuery = z.infer<typeof listSummariesSchema>;

const isOffline = (engine: string) => engine.startsWith("offline/");

export function toPublicDaily({ userId: _userId, createdAt, ...row }: CoachDailySummary) {
  return { ...row, offline: isOffline(row.engine), createdAt: createdAt.toISOString() };
}

export function toPublicWeekly({ userId: _userId, createdAt, ...row }: CoachWeeklySummary) {
  return { ...row, offline: isOffline(row.engine), createdAt: createdAt.toISOString() };
}

export type PublicDailySummary = ReturnType<typeof toPublicDaily>;
export type PublicWeeklySummary = ReturnType<typeof toPublicWeekly>;

export type SummaryPage =
  | { kind: "daily"; items: PublicDailySummary[]; nextBefore: string | null }
  | { kind: "weekly"; items: PublicWeeklySummary[]; nextBefore: string | null };

/** The user's own summaries, newest first, `limit` at a time; `nextBefore` asks for the page after. */
export async function listSummaries({ db, userId, query }: { db: Db; userId: string; query: ListSummariesQuery }): Promise<SummaryPage> {
  const { kind, before, limit } = query;
  if (kind === "daily") {
    const rows = await db
      .select()
      .from(coachDailySummaries)
      .where(and(eq(coachDailySummaries.userId, userId), before ? lt(coachDailySummaries.day, before) : undefined))
      .orderBy(desc(coachDailySummaries.day))
      .limit(limit + 1);
    const items = rows.slice(0, limit).map(toPublicDaily);
    return { kind, items, nextBefore: rows.length > limit ? (items.at(-1)?.day ?? null) : null };
  }
  const rows = await db
    .select()
    .from(coachWeeklySummaries)
    .where(and(eq(coachWeeklySummaries.userId, userId), before ? lt(coachWeeklySummaries.weekStart, before) : undefined))
    .orderBy(desc(coachWeeklySummaries.weekStart))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(toPublicWeekly);
  return { kind, items, nextBefore: rows.length > limit ? (items.at(-1)?.weekStart ?? null) : null };
}
