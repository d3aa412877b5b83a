import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { wellbeingEntries, type WellbeingEntry } from "../db/schema";
import type { Db } from "../db/types";
import { notFound } from "../http";
import { crisisResourcesFor } from "../care/resources-by-country";
import { showsDistress } from "./distress";
import { publishEntryChanged } from "./events";
import type { EntryInput, EntryUpdate } from "./schemas";
import { userToday } from "./user-day";

const EXCERPT_CHARS = 160;

export function toPublicEntry(row: WellbeingEntry, country?: string) {
  const distress = row.analysis?.distress ?? showsDistress(`${row.title}\n${row.content}`);
  return {
    id: row.id,
    title: row.title,
    content: row.content,
    mood: row.mood,
    tags: row.tags,
    visibility: row.visibility,
    day: row.day,
    revision: row.revision,
    analysis: row.analysis ? { emotions: row.analysis.emotions, mood: row.analysis.mood, themes: row.analysis.themes, summary: row.analysis.summary, engine: row.analysis.engine } : null,
    care: distress ? { resources: crisisResourcesFor(country) } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type PublicEntry = ReturnType<typeof toPublicEntry>;

export async function getOwnEntry({ db, userId, entryId }: { db: Db; userId: string; entryId: string }): Promise<WellbeingEntry> {
  const [row] = await db.select().from(wellbeingEntries).where(and(eq(wellbeingEntries.id, entryId), eq(wellbeingEntries.userId, userId)));
  if (!row) throw notFound("entry");
  return row;
}

export async function createEntry({ db, userId, input, now = new Date() }: { db: Db; userId: string; input: EntryInput; now?: Date }) {
  const { today } = await userToday({ db, userId, now });
  const [row] = await db
    .insert(wellbeingEntries)
    .values({ userId, title: input.title ?? "", content: input.content, mood: input.mood ?? null, tags: input.tags ?? [], visibility: input.visibility ?? "private", day: today, createdAt: now, updatedAt: now })
    .returning();
  await publishEntryChanged({ db, userId, entryId: row!.id, revision: row!.revision });
  return row!;
}

/** An autosave: the changed fields, a new revision, and the previous analysis dropped until the
 * new text is analysed. */
export async function updateEntry({ db, userId, entryId, changes }: { db: Db; userId: string; entryId: string; changes: EntryUpdate }) {
  const textChanged = changes.content !== undefined || changes.title !== undefined;
  const [row] = await db
    .update(wellbeingEntries)
    .set({ ...changes, revision: sql`${wellbeingEntries.revision} + 1`, updatedAt: sql`now()`, ...(textChanged ? { analysis: null } : {}) })
    .where(and(eq(wellbeingEntries.id, entryId), eq(wellbeingEntries.userId, userId)))
    .returning();
  if (!row) throw notFound("entry");
  await publishEntryChanged({ db, userId, entryId, revision: row.revision });
  return { row, textChanged };
}

export async function deleteEntry({ db, userId, entryId }: { db: Db; userId: string; entryId: string }) {
  const [row] = await db.delete(wellbeingEntries).where(and(eq(wellbeingEntries.id, entryId), eq(wellbeingEntries.userId, userId))).returning({ id: wellbeingEntries.id });
  if (!row) throw notFound("entry");
  await publishEntryChanged({ db, userId, entryId, revision: -1 });
}

/** The user's entries, newest first, optionally matching words (full text), a tag and a day. */
export async function listEntries({ db, userId, q, tag, day }: { db: Db; userId: string; q?: string; tag?: string; day?: string }) {
  const rows = await db
    .select()
    .from(wellbeingEntries)
    .where(
      and(
        eq(wellbeingEntries.userId, userId),
        q ? sql`to_tsvector('simple', ${wellbeingEntries.title} || ' ' || ${wellbeingEntries.content}) @@ plainto_tsquery('simple', ${q})` : undefined,
        tag ? sql`${wellbeingEntries.tags} @> ${JSON.stringify([tag])}::jsonb` : undefined,
        day ? eq(wellbeingEntries.day, day) : undefined,
      ),
    )
    .orderBy(desc(wellbeingEntries.updatedAt))
    .limit(200);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    excerpt: row.content.replace(/\s+/g, " ").slice(0, EXCERPT_CHARS),
    mood: row.mood,
    tags: row.tags,
    day: row.day,
    summary: row.analysis?.summary ?? null,
    updatedAt: row.updatedAt.toISOString(),
  }));
}
