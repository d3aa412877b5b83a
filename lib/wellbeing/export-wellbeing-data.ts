import "server-only";
import { asc, eq } from "drizzle-orm";
import { wellbeingAttachments, wellbeingCheckins, wellbeingEntries, wellbeingMeditations, wellbeingSavedTracks, wellbeingSettings } from "../db/schema";
import type { Db } from "../db/types";
import { entriesToCsv, entriesToMarkdown } from "./entry-formats";

/** The user's Wellbeing rows for the account export; entries also as CSV and Markdown. */
export async function exportWellbeingData({ db, userId }: { db: Db; userId: string }) {
  const [checkins, entries, attachments, meditations, savedTracks, settings] = await Promise.all([
    db.select().from(wellbeingCheckins).where(eq(wellbeingCheckins.userId, userId)).orderBy(asc(wellbeingCheckins.createdAt)),
    db.select().from(wellbeingEntries).where(eq(wellbeingEntries.userId, userId)).orderBy(asc(wellbeingEntries.createdAt)),
    db.select().from(wellbeingAttachments).where(eq(wellbeingAttachments.userId, userId)),
    db.select().from(wellbeingMeditations).where(eq(wellbeingMeditations.userId, userId)).orderBy(asc(wellbeingMeditations.startedAt)),
    db.select().from(wellbeingSavedTracks).where(eq(wellbeingSavedTracks.userId, userId)),
    db.select().from(wellbeingSettings).where(eq(wellbeingSettings.userId, userId)),
  ]);
  return {
    checkins,
    entries,
    entriesCsv: entriesToCsv(entries),
    entriesMarkdown: entriesToMarkdown(entries),
    attachments: attachments.map((a) => ({ id: a.id, entryId: a.entryId, contentType: a.contentType, bytes: a.bytes, url: `/api/wellbeing/attachments/${a.id}`, createdAt: a.createdAt })),
    meditations,
    savedTracks,
    settings: settings[0] ?? null,
  };
}
