import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { generateJson, registerOfflineEngine } from "../../ai/llm";
import { coachActionItems, coachConversations, users, type CoachActionItem } from "../../db/schema";
import type { Db } from "../../db/types";
import { localDayOf } from "../../local-days";
import { notFound } from "../../http";
import { extractActionItems, normalizeActionItemText, type ExtractedActionItem } from "./action-item-extractor";
import { actionItemsPrompt, extractedActionItemsSchema } from "./action-item-prompts";

type ActionItemsContext = { text: string; now: string; timezone: string };

registerOfflineEngine("action-items", {
  name: "offline-commitment-extractor",
  generateJson: ({ context }) => {
    const { text, now, timezone } = context as ActionItemsContext;
    return { items: extractActionItems(text, { now: new Date(now), timezone }) };
  },
});

/** Inserts extracted items as "suggested" (the user confirms them), skipping any whose normalised
 * text the user already has as suggested or pending. Returns the rows inserted. */
export async function suggestActionItems({
  db,
  userId,
  conversationId,
  items,
}: {
  db: Db;
  userId: string;
  conversationId: string | null;
  items: ExtractedActionItem[];
}): Promise<CoachActionItem[]> {
  if (items.length === 0) return [];
  if (conversationId) {
    const [own] = await db
      .select({ id: coachConversations.id })
      .from(coachConversations)
      .where(and(eq(coachConversations.id, conversationId), eq(coachConversations.userId, userId)));
    if (!own) throw notFound("conversation");
  }
  const open = await db
    .select({ text: coachActionItems.text })
    .from(coachActionItems)
    .where(and(eq(coachActionItems.userId, userId), inArray(coachActionItems.status, ["suggested", "pending"])));
  const known = new Set(open.map((row) => normalizeActionItemText(row.text)));
  const fresh: ExtractedActionItem[] = [];
  for (const item of items) {
    const key = normalizeActionItemText(item.text);
    if (!key || known.has(key)) continue;
    known.add(key);
    fresh.push(item);
  }
  if (fresh.length === 0) return [];
  return db
    .insert(coachActionItems)
    .values(
      fresh.map((item) => ({
        userId,
        conversationId,
        text: item.text.trim(),
        dueDate: item.dueDate,
        status: "suggested" as const,
        source: "extracted" as const,
      })),
    )
    .returning();
}

/** Asks the "action-items" task (an LLM, or the offline extractor) for the commitments in a user
 * message and stores them as suggestions. Chat calls this after each user message. */
export async function extractConversationActionItems({
  db,
  userId,
  conversationId,
  text,
  now = new Date(),
}: {
  db: Db;
  userId: string;
  conversationId: string;
  text: string;
  now?: Date;
}): Promise<CoachActionItem[]> {
  const [user] = await db.select({ timezone: users.timezone }).from(users).where(eq(users.id, userId));
  if (!user) throw notFound("user");
  const today = localDayOf(now, user.timezone);
  const context: ActionItemsContext = { text, now: now.toISOString(), timezone: user.timezone };
  const { data } = await generateJson({
    db,
    userId,
    task: "action-items",
    schema: extractedActionItemsSchema,
    prompt: actionItemsPrompt({ text, today, timezone: user.timezone }),
    temperature: 0.1,
    context,
  });
  return suggestActionItems({ db, userId, conversationId, items: data.items });
}
