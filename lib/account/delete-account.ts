import "server-only";
import { eq } from "drizzle-orm";
import { authUsers, users } from "../db/schema";
import type { Db } from "../db/types";
import { notFound } from "../http";
import { forgetCoachEmbeddings } from "./forget-coach-embeddings";

/** Deletes the user and, by cascade, everything they own (coach memory vectors included); the
 * cached embeddings of their coach messages and local sign-in credentials go with them.
 * Returns the auth identity so the caller can also remove it at an external provider. */
export async function deleteAccount({ db, userId }: { db: Db; userId: string }) {
  return db.transaction(async (tx) => {
    await forgetCoachEmbeddings({ db: tx, userId });
    const [deleted] = await tx.delete(users).where(eq(users.id, userId)).returning();
    if (!deleted) throw notFound("User");
    if (deleted.authProvider === "local") {
      await tx.delete(authUsers).where(eq(authUsers.id, deleted.authSubject));
    }
    return { provider: deleted.authProvider, subject: deleted.authSubject };
  });
}
