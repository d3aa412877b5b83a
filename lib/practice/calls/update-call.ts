import "server-only";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { calls } from "../../db/schema";
import type { Db } from "../../db/types";
import { notFound } from "../../http";
import { toPublicCall } from "./create-call";
import type { updateCallSchema } from "../schemas";

const orNull = (text: string | null | undefined) => (text === undefined ? undefined : text || null);

/** Renames the user's own call or changes its notes; anyone else's call is a 404 and stays as it was. */
export async function updateCall({
  db,
  userId,
  callId,
  changes,
}: {
  db: Db;
  userId: string;
  callId: string;
  changes: z.infer<typeof updateCallSchema>;
}) {
  const [row] = await db
    .update(calls)
    .set({ title: orNull(changes.title), notes: orNull(changes.notes) })
    .where(and(eq(calls.id, callId), eq(calls.userId, userId)))
    .returning();
  if (!row) throw notFound("call");
  return toPublicCall(row);
}
