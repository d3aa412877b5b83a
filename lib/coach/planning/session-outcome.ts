import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { generateJson, registerOfflineEngine } from "../../ai/llm";
import type { Sleep } from "../../ai/retry";
import { hasCrisisSignal } from "../../care/crisis-signals";
import { coachActionItems, coachConversations, coachMessages, coachSessions, users } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError, notFound } from "../../http";
import { localDayOf } from "../../local-days";
import { toPublicActionItem, type PublicActionItem } from "./action-item-crud";
import { extractActionItems, normalizeActionItemText, type ExtractedActionItem } from "./action-item-extractor";
import { summarizeExtractively } from "../summaries/extractive-summary";
import { sessionOutcomeSchema, type SessionOutcome } from "./planning-schemas";
import { getOwnSession, toPublicSession, type PublicSession } from "./sessions";

export const NO_CONVERSATION_OUTCOME = "No conversation was recorded for this session.";
const MAX_TRANSCRIPT_CHARS = 12_000;

type OutcomeContext = { goal: string; messages: { role: "user" | "assistant"; content: string }[]; now: string; timezone: string };

/** Offline: the user's own words summarised extractively (TextRank), and their commitments as items. */
export function offlineSessionOutcome({ goal, messages, now, timezone }: OutcomeContext): SessionOutcome {
  const userTexts = messages.filter((m) => m.role === "user").map((m) => m.content);
  const { summary } = summarizeExtractively(userTexts.length ? userTexts : messages.map((m) => m.content), { maxSentences: 3 });
  // A message with self-harm signals is never read as a commitment ("I'll … tomorrow").
  const plans = userTexts.filter((text) => !hasCrisisSignal(text));
  const actionItems = extractActionItems(plans.join("\n"), { now: new Date(now), timezone });
  return { summary: summary || `The session was about: ${goal}`, actionItems };
}

registerOfflineEngine("session-outcome", {
  name: "offline-extractive-outcome",
  generateJson: ({ context }) => offlineSessionOutcome(context as OutcomeContext),
});

function outcomePrompt({ goal, framework, today, timezone, transcript }: Record<string, string>): string {
  return [
    `Summarise this ${framework} coaching session for the user, whose goal for it was: ${goal}`,
    "Write 2–4 sentences in the second person: what they worked out, what they decided and what is still open.",
    "List the action items the user committed to as short imperative phrases; only their own commitments, and never anything about harming themselves.",
    `Resolve due dates to YYYY-MM-DD: today is ${today} in ${timezone}; null when no date was mentioned.`,
    'Answer as JSON: {"summary": string, "actionItems": [{"text": string, "dueDate": string | null}]}.',
    "",
    "Transcript:",
    transcript,
  ].join("\n");
}

/** The end of a long transcript: what was decided last matters most for the outcome. */
function latest(transcript: string, max: number): string {
  return transcript.length <= max ? transcript : `…${transcript.slice(-max)}`;
}

async function sessionMessages(db: Db, userId: string, sessionId: string) {
  return db
    .select({ role: coachMessages.role, content: coachMessages.content })
    .from(coachMessages)
    .innerJoin(coachConversations, eq(coachMessages.conversationId, coachConversations.id))
    .where(and(eq(coachConversations.sessionId, sessionId), eq(coachConversations.userId, userId)))
    .orderBy(asc(coachMessages.createdAt), asc(coachMessages.id));
}

async function freshItems(db: Db, userId: string, items: ExtractedActionItem[]): Promise<ExtractedActionItem[]> {
  const open = await db
    .select({ text: coachActionItems.text })
    .from(coachActionItems)
    .where(and(eq(coachActionItems.userId, userId), inArray(coachActionItems.status, ["suggested", "pending"])));
  const known = new Set(open.map((row) => normalizeActionItemText(row.text)));
  return items.filter((item) => {
    const key = normalizeActionItemText(item.text);
    if (!key || known.has(key)) return false;
    known.add(key);
    return true;
  });
}

export type CompletedSession = {
  session: PublicSession;
  outcome: { summary: string; provider: string };
  actionItems: PublicActionItem[];
};

/** Completes a session with the user's 1–5 rating: an outcome summary of its conversation and the
 * commitments in it as suggested action items. Completing twice, a cancelled session, or one that
 * is still in the future (scheduled and not started in the chat), is a 409. */
export async function completeSession({
  db,
  userId,
  sessionId,
  rating,
  now = new Date(),
  sleep,
}: {
  db: Db;
  userId: string;
  sessionId: string;
  rating: number;
  now?: Date;
  sleep?: Sleep;
}): Promise<CompletedSession> {
  const session = await getOwnSession({ db, userId, sessionId });
  if (session.status === "completed" || session.status === "cancelled") {
    throw apiError("CONFLICT", "coach.sessionAlready", { values: { status: session.status } });
  }
  if (session.status === "scheduled" && session.scheduledFor.getTime() > now.getTime()) {
    throw apiError("CONFLICT", "coach.sessionNotStarted", { details: { scheduledFor: session.scheduledFor.toISOString() } });
  }
  const [user] = await db.select({ timezone: users.timezone }).from(users).where(eq(users.id, userId));
  if (!user) throw notFound("user");
  const messages = await sessionMessages(db, userId, sessionId);

  let outcome: SessionOutcome = { summary: NO_CONVERSATION_OUTCOME, actionItems: [] };
  let provider = "none";
  if (messages.length > 0) {
    const transcript = messages.map((m) => `${m.role === "user" ? "User" : "Coach"}: ${m.content}`).join("\n");
    const context: OutcomeContext = { goal: session.goal, messages, now: now.toISOString(), timezone: user.timezone };
    const answer = await generateJson({
      db,
      userId,
      task: "session-outcome",
      schema: sessionOutcomeSchema,
      prompt: outcomePrompt({
        goal: session.goal,
        framework: session.framework,
        today: localDayOf(now, user.timezone),
        timezone: user.timezone,
        transcript: latest(transcript, MAX_TRANSCRIPT_CHARS),
      }),
      temperature: 0.2,
      context,
      sleep,
    });
    outcome = answer.data;
    provider = answer.provider;
  }

  return db.transaction(async (tx) => {
    const [completed] = await tx
      .update(coachSessions)
      .set({ status: "completed", rating, outcomeSummary: outcome.summary, completedAt: now })
      .where(and(eq(coachSessions.id, sessionId), eq(coachSessions.userId, userId), inArray(coachSessions.status, ["scheduled", "in_progress"])))
      .returning();
    if (!completed) throw apiError("CONFLICT", "coach.sessionCompletedMeanwhile");
    const items = await freshItems(tx, userId, outcome.actionItems);
    const inserted = items.length
      ? await tx
          .insert(coachActionItems)
          .values(items.map((item) => ({ userId, sessionId, text: item.text, dueDate: item.dueDate, status: "suggested" as const, source: "session" as const })))
          .returning()
      : [];
    return {
      session: toPublicSession(completed),
      outcome: { summary: outcome.summary, provider },
      actionItems: inserted.map(toPublicActionItem),
    };
  });
}
