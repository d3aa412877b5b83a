import "server-only";
import { and, eq } from "drizzle-orm";
import { calls } from "../db/schema";
import { registerChannelKind } from "../realtime/channels";

// Only the call's owner may follow `call:{id}`.
registerChannelKind("call", async ({ db, user, id }) => {
  const [call] = await db.select({ id: calls.id }).from(calls).where(and(eq(calls.id, id), eq(calls.userId, user.id)));
  return Boolean(call);
});
