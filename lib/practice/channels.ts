import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { calls } from "../db/schema";
import { registerChannelKind } from "../realtime/channels";

// Only the call's owner may follow `call:{id}`; an id that is no uuid is no call (403, not a query error).
registerChannelKind("call", async ({ db, user, id }) => {
  if (!z.uuid().safeParse(id).success) return false;
  const [call] = await db.select({ id: calls.id }).from(calls).where(and(eq(calls.id, id), eq(calls.userId, user.id)));
  return Boolean(call);
});
