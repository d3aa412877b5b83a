import "server-only";
import { eq, sql } from "drizzle-orm";
import { authUsers, deliveryJobs, emailOutbox, users } from "../db/schema";
import type { Db } from "../db/types";
import { notFound } from "../http";
import { forgetConnectData } from "../connect/forget-connect-data";
import { deleteEmptyRooms, endRoomsOfDeletedUser } from "../media/account-room-data";
import { forgetChatMessages } from "../translation/account-data";
import { attachmentKeys, deleteStoredFiles } from "../wellbeing/attachments";
import { forgetCoachEmbeddings } from "./forget-coach-embeddings";

/** Deletes the user and, by cascade, everything they own (coach memory vectors included); the
 * cached embeddings of their coach messages, local sign-in credentials and mail addressed to them go
 * with them, and after the commit their journal images in file storage.
 * Returns the auth identity so the caller can also remove it at an external provider. */
export async function deleteAccount({ db, userId }: { db: Db; userId: string }) {
  const wellbeingFiles = await attachmentKeys({ db, userId });
  const identity = await db.transaction(async (tx) => {
    await forgetCoachEmbeddings({ db: tx, userId });
    await forgetConnectData({ db: tx, userId });
    await endRoomsOfDeletedUser({ db: tx, userId });
    await forgetChatMessages({ db: tx, userId });
    const [deleted] = await tx.delete(users).where(eq(users.id, userId)).returning();
    if (!deleted) throw notFound("user");
    await deleteEmptyRooms({ db: tx });
    // Mail that names them outlives the cascade: kept copies in the outbox and queued account mail.
    await tx.delete(emailOutbox).where(eq(emailOutbox.to, deleted.email));
    await tx.delete(deliveryJobs).where(sql`${deliveryJobs.payload} -> 'message' ->> 'to' = ${deleted.email}`);
    if (deleted.authProvider === "local") {
      await tx.delete(authUsers).where(eq(authUsers.id, deleted.authSubject));
    }
    return { provider: deleted.authProvider, subject: deleted.authSubject };
  });
  await deleteStoredFiles(wellbeingFiles);
  return identity;
}
