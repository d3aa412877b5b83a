import "server-only";
import { asc, eq } from "drizzle-orm";
import { wellbeingEntries } from "../db/schema";
import type { Db } from "../db/types";
import { entriesToCsv, entriesToMarkdown } from "./entry-formats";

/** The user's journal as one downloadable file. */
export async function exportEntries({ db, userId, format }: { db: Db; userId: string; format: "csv" | "md" }) {
  const entries = await db.select().from(wellbeingEntries).where(eq(wellbeingEntries.userId, userId)).orderBy(asc(wellbeingEntries.createdAt));
  return format === "csv"
    ? { body: entriesToCsv(entries), type: "text/csv; charset=utf-8", filename: "journal.csv" }
    : { body: entriesToMarkdown(entries), type: "text/markdown; charset=utf-8", filename: "journal.md" };
}
