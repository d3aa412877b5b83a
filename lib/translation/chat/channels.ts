import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { chatMembers } from "../../db/schema";
import { registerChannelKind } from "../../realtime/channels";

// Only members follow `conversation:{id}`; anyone else gets the same 403 as for any foreign channel.
registerChannelKind("conversation", async ({ db, user, id }) => {
  if (!z.uuid().safeParse(id).success) return false;
  const [member] = await db
    .select({ userId: chatMembers.userId })
    .from(chatMembers)
    .where(and(eq(chatMembers.conversationId, id), eq(chatMembers.userId, user.id)));
  return Boolean(member);
});

export const conversationChannel = (conversationId: string) => `conversation:${conversationId}`;
