import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { calls } from "../../db/schema";
import { apiError } from "../../http";
import { registerChannelKind } from "../../realtime/channels";

// Only the call's owner may follow `call:{id}`. An id that is no uuid cannot name any call, so it is a
// malformed request (400), never a query error; a well-formed id that is not yours is 403.
registerChannelKind("call", async ({ db, user, id }) => {
  if (!z.uuid().safeParse(id).success) throw apiError("VALIDATION_ERROR", "common.callChannel", { details: { channel: `call:${id}` } });
  const [call] = await db.select({ id: calls.id }).from(calls).where(and(eq(calls.id, id), eq(calls.userId, user.id)));
  return Boolean(call);
});
