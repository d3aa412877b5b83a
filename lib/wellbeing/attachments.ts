import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { wellbeingAttachments } from "../db/schema";
import type { Db } from "../db/types";
import { apiError, notFound } from "../http";
import { getStorage } from "../storage";
import { getOwnEntry } from "./entries";
import { MAX_IMAGE_BYTES, sniffImageType, stripImageMetadata } from "./image-bytes";

const EXTENSIONS = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" } as const;
export const IMAGE_BODY_TYPES = Object.keys(EXTENSIONS);

const invalid = (reason: "imageTooLarge" | "imageBody" | "notImage" | "damagedImage") =>
  apiError("VALIDATION_ERROR", `wellbeing.${reason}`, { fields: [{ field: "body", key: `fields.${reason}` }] });

/** The upload body, at most 5 MB: a larger declared length is refused unread, a longer stream is
 * cancelled at the limit. */
export async function readImageBody(req: Request): Promise<Uint8Array> {
  if (Number(req.headers.get("content-length") ?? "0") > MAX_IMAGE_BYTES) throw invalid("imageTooLarge");
  if (!req.body) throw invalid("imageBody");
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_IMAGE_BYTES) {
      await reader.cancel();
      throw invalid("imageTooLarge");
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export const toPublicAttachment = (a: typeof wellbeingAttachments.$inferSelect) => ({ id: a.id, entryId: a.entryId, contentType: a.contentType, bytes: a.bytes, url: `/api/wellbeing/attachments/${a.id}`, createdAt: a.createdAt.toISOString() });

/** Stores an image with the user's entry: its type is read from the bytes, and its metadata (EXIF
 * with camera and location, XMP, text) is removed before it is written. */
export async function addAttachment({ db, userId, entryId, body }: { db: Db; userId: string; entryId: string; body: Uint8Array }) {
  await getOwnEntry({ db, userId, entryId });
  const type = sniffImageType(body);
  if (!type) throw invalid("notImage");
  let clean: Uint8Array;
  try {
    clean = stripImageMetadata(body, type);
  } catch {
    throw invalid("damagedImage");
  }
  return storeAttachment({ db, userId, entryId, bytes: clean, contentType: type, extension: EXTENSIONS[type] });
}

/** Writes an already checked file for an entry the caller has checked is the user's. */
export async function storeAttachment({ db, userId, entryId, bytes, contentType, extension }: { db: Db; userId: string; entryId: string; bytes: Uint8Array; contentType: string; extension: string }) {
  const [row] = await db.insert(wellbeingAttachments).values({ userId, entryId, storageKey: "", contentType, bytes: bytes.length }).returning();
  const storageKey = `wellbeing/${userId}/${row!.id}.${extension}`;
  await getStorage().put(storageKey, bytes, contentType);
  const [stored] = await db.update(wellbeingAttachments).set({ storageKey }).where(eq(wellbeingAttachments.id, row!.id)).returning();
  return toPublicAttachment(stored!);
}

export async function listAttachments({ db, userId, entryId }: { db: Db; userId: string; entryId: string }) {
  await getOwnEntry({ db, userId, entryId });
  const rows = await db.select().from(wellbeingAttachments).where(and(eq(wellbeingAttachments.entryId, entryId), eq(wellbeingAttachments.userId, userId))).orderBy(asc(wellbeingAttachments.createdAt));
  return rows.map(toPublicAttachment);
}

async function ownAttachment({ db, userId, attachmentId }: { db: Db; userId: string; attachmentId: string }) {
  const [row] = await db.select().from(wellbeingAttachments).where(and(eq(wellbeingAttachments.id, attachmentId), eq(wellbeingAttachments.userId, userId)));
  if (!row || !row.storageKey) throw notFound("attachment");
  return row;
}

/** The file's bytes, for its owner only: anyone else's attachment is a 404. */
export async function readAttachment({ db, userId, attachmentId }: { db: Db; userId: string; attachmentId: string }) {
  const row = await ownAttachment({ db, userId, attachmentId });
  const object = await getStorage().get(row.storageKey);
  if (!object) throw notFound("attachment");
  return { body: object.body, contentType: row.contentType };
}

export async function deleteAttachment({ db, userId, attachmentId }: { db: Db; userId: string; attachmentId: string }) {
  const row = await ownAttachment({ db, userId, attachmentId });
  await db.delete(wellbeingAttachments).where(eq(wellbeingAttachments.id, row.id));
  await getStorage().delete(row.storageKey);
}

/** Every stored file of the user's attachments (an entry's, or all): read before the rows go, so
 * the files can be removed once the deletion has committed. */
export async function attachmentKeys({ db, userId, entryId }: { db: Db; userId: string; entryId?: string }): Promise<string[]> {
  const rows = await db
    .select({ key: wellbeingAttachments.storageKey })
    .from(wellbeingAttachments)
    .where(and(eq(wellbeingAttachments.userId, userId), entryId ? eq(wellbeingAttachments.entryId, entryId) : undefined));
  return rows.map((r) => r.key).filter(Boolean);
}

export async function deleteStoredFiles(keys: string[]): Promise<void> {
  const storage = getStorage();
  await Promise.all(keys.map((key) => storage.delete(key)));
}
