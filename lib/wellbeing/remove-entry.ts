import "server-only";
import type { Db } from "../db/types";
import { attachmentKeys, deleteStoredFiles } from "./attachments";
import { deleteEntry } from "./entries";

/** Deletes an entry, its attachment rows (by cascade) and then their files in storage. */
export async function removeEntry({ db, userId, entryId }: { db: Db; userId: string; entryId: string }) {
  const keys = await attachmentKeys({ db, userId, entryId });
  await deleteEntry({ db, userId, entryId });
  await deleteStoredFiles(keys);
}
