import "server-only";
import { and, eq } from "drizzle-orm";
import { coachMessages } from "../../db/schema";
import type { Db } from "../../db/types";
import { notFound } from "../../http";
import type { ContextUsed } from "./context-used";

/** "Why did you say that?" for one of the user's coach answers: what it was built from, or null for
 * an answer stored before this was recorded. 404 for anyone else's message. */
export async function getAnswerContext({ db, userId, messageId }: { db: Db; userId: string; messageId: string }): Promise<{ contextUsed: ContextUsed | null; engine: string }> {
  const [message] = await db
    .select({ metadata: coachMessages.metadata })
    .from(coachMessages)
    .where(and(eq(coachMessages.id, messageId), eq(coachMessages.userId, userId), eq(coachMessages.role, "assistant")));
  if (!message) throw notFound("message");
  return { contextUsed: message.metadata.contextUsed ?? null, engine: message.metadata.offline ? "built-in" : (message.metadata.provider ?? "unknown") };
}
