import "server-only";
import { and, asc, desc, eq, gte, inArray, ne } from "drizzle-orm";
import {
  coachActionItems,
  coachConversations,
  coachDailySummaries,
  coachGoals,
  coachMessages,
  coachProfiles,
  coachSessions,
  coachWeeklySummaries,
  users,
} from "../../db/schema";
import type { Db } from "../../db/types";
import { notFound } from "../../http";
import { log } from "../../log";
import { type CoachMoodContext, getCoachMoodContext } from "../../wellbeing/coach-mood";
import { type CoachPracticeContext, getCoachPracticeContext } from "./practice-context";
import { clip, type CoachSessionType, decideRecentTier, type TierDecision } from "./context-tiers";
import { type MemorySearch, searchMemories } from "../memories/memory";

const DAY_MS = 24 * 60 * 60_000;
const RECENT_CONVERSATIONS = 8;
const MESSAGES_PER_CONVERSATION = 4;

export type CoachContext = {
  user: { name: string; coachStyle: "strategic" | "tactical" | "supportive"; timezone: string; language: string };
  profile: Omit<typeof coachProfiles.$inferSelect, "userId" | "createdAt" | "updatedAt"> | null;
  goals: { id: string; title: string; category: string; priority: number; targetDate: string | null; progress: number }[];
  dailySummaries: { day: string; summary: string; keyTopics: string[] }[];
  actionItems: { id: string; text: string; dueDate: string | null }[];
  upcomingSessions: { id: string; scheduledFor: string; durationMinutes: number; goal: string; framework: string }[];
  /** The week's mood from Wellbeing, only when the user shares it with the Coach. */
  wellbeing?: CoachMoodContext | null;
  /** Recent Practice scores, only when the user shares them with the Coach. */
  practice?: CoachPracticeContext | null;
  recent: TierDecision & {
    conversations: { id: string; title: string; lastMessageAt: string; messages: { role: "user" | "assistant"; content: string; createdAt: string }[] }[];
    weeklySummaries: { weekStart: string; progressNotes: string; wins: string[]; challenges: string[] }[];
  };
  memory: MemorySearch & { reason?: string };
  tiers: { always: TierDecision; recent: TierDecision; deep: { status: MemorySearch["status"]; reason: string } };
};

type AssembleArgs = {
  db: Db;
  userId: string;
  message?: string;
  sessionType: CoachSessionType;
  /** The conversation being continued: left out of tier 2, and its latest messages out of memory. */
  conversationId?: string;
  excludeMessageIds?: string[];
  now?: Date;
};

async function loadAlways({ db, userId, now }: { db: Db; userId: string; now: Date }) {
  const [user] = await db
    .select({ name: users.displayName, email: users.email, coachStyle: users.coachStyle, timezone: users.timezone, language: users.preferredLanguage })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw notFound("user");
  const [profileRows, goals, dailies, items, sessions, wellbeing, practice] = await Promise.all([
    db.select().from(coachProfiles).where(eq(coachProfiles.userId, userId)),
    db
      .select()
      .from(coachGoals)
      .where(and(eq(coachGoals.userId, userId), eq(coachGoals.status, "active")))
      .orderBy(asc(coachGoals.priority), asc(coachGoals.createdAt))
      .limit(10),
    db.select().from(coachDailySummaries).where(eq(coachDailySummaries.userId, userId)).orderBy(desc(coachDailySummaries.day)).limit(7),
    db
      .select()
      .from(coachActionItems)
      .where(and(eq(coachActionItems.userId, userId), eq(coachActionItems.status, "pending")))
      .orderBy(asc(coachActionItems.dueDate), asc(coachActionItems.createdAt))
      .limit(15),
    db
      .select()
      .from(coachSessions)
      .where(and(eq(coachSessions.userId, userId), eq(coachSessions.status, "scheduled"), gte(coachSessions.scheduledFor, now)))
      .orderBy(asc(coachSessions.scheduledFor))
      .limit(5),
    getCoachMoodContext({ db, userId, now }),
    getCoachPracticeContext({ db, userId }),
  ]);
  const profile = profileRows[0] ? (({ userId: _u, createdAt: _c, updatedAt: _up, ...rest }) => rest)(profileRows[0]) : null;
  return {
    user: { name: user.name || user.email.split("@")[0] || "there", coachStyle: user.coachStyle, timezone: user.timezone, language: user.language },
    profile,
    goals: goals.map((g) => ({ id: g.id, title: g.title, category: g.category, priority: g.priority, targetDate: g.targetDate, progress: g.progress })),
    dailySummaries: dailies.map((d) => ({ day: d.day, summary: clip(d.summary, 600), keyTopics: d.keyTopics })),
    actionItems: items.map((i) => ({ id: i.id, text: i.text, dueDate: i.dueDate })),
    upcomingSessions: sessions.map((s) => ({
      id: s.id,
      scheduledFor: s.scheduledFor.toISOString(),
      durationMinutes: s.durationMinutes,
      goal: s.goal,
      framework: s.framework,
    })),
    wellbeing,
    practice,
  };
}

async function loadRecent({ db, userId, conversationId, now }: { db: Db; userId: string; conversationId?: string; now: Date }) {
  const since = new Date(now.getTime() - 30 * DAY_MS);
  const conversations = await db
    .select({ id: coachConversations.id, title: coachConversations.title, lastMessageAt: coachConversations.lastMessageAt })
    .from(coachConversations)
    .where(
      and(
        eq(coachConversations.userId, userId),
        gte(coachConversations.lastMessageAt, since),
        conversationId ? ne(coachConversations.id, conversationId) : undefined,
      ),
    )
    .orderBy(desc(coachConversations.lastMessageAt))
    .limit(RECENT_CONVERSATIONS);
  const messages = conversations.length
    ? await db
        .select({ conversationId: coachMessages.conversationId, role: coachMessages.role, content: coachMessages.content, createdAt: coachMessages.createdAt })
        .from(coachMessages)
        .where(and(eq(coachMessages.userId, userId), inArray(coachMessages.conversationId, conversations.map((c) => c.id))))
        .orderBy(desc(coachMessages.createdAt))
        .limit(RECENT_CONVERSATIONS * MESSAGES_PER_CONVERSATION * 4)
    : [];
  const weekly = await db
    .select()
    .from(coachWeeklySummaries)
    .where(and(eq(coachWeeklySummaries.userId, userId), gte(coachWeeklySummaries.weekStart, new Date(now.getTime() - 92 * DAY_MS).toISOString().slice(0, 10))))
    .orderBy(desc(coachWeeklySummaries.weekStart))
    .limit(13);
  return {
    conversations: conversations.map((c) => ({
      id: c.id,
      title: c.title,
      lastMessageAt: c.lastMessageAt.toISOString(),
      messages: messages
        .filter((m) => m.conversationId === c.id)
        .slice(0, MESSAGES_PER_CONVERSATION)
        .reverse()
        .map((m) => ({ role: m.role, content: clip(m.content, 300), createdAt: m.createdAt.toISOString() })),
    })),
    weeklySummaries: weekly.map((w) => ({ weekStart: w.weekStart, progressNotes: clip(w.progressNotes, 600), wins: w.wins, challenges: w.challenges })),
  };
}

/** Deep memory is a bonus: when the embeddings service fails the coach answers without it. */
async function searchMemoriesSafely(args: Parameters<typeof searchMemories>[0]): Promise<MemorySearch> {
  try {
    return await searchMemories(args);
  } catch (error) {
    log.warn({ err: error, userId: args.userId }, "deep memory search failed; answering without it");
    return { status: "unavailable", memories: [], reason: "The embeddings service failed, so deep memory was left out this time." };
  }
}

/** Everything the coach knows for one answer, in three tiers: always (profile, goals, last 7 daily
 * summaries, pending action items, upcoming sessions), recent on demand, and deep memory by meaning. */
export async function assembleCoachContext({ db, userId, message, sessionType, conversationId, excludeMessageIds, now = new Date() }: AssembleArgs): Promise<CoachContext> {
  const recentDecision = decideRecentTier({ message, sessionType });
  const [always, recent, memory] = await Promise.all([
    loadAlways({ db, userId, now }),
    recentDecision.used ? loadRecent({ db, userId, conversationId, now }) : Promise.resolve({ conversations: [], weeklySummaries: [] }),
    message ? searchMemoriesSafely({ db, userId, query: message, excludeMessageIds }) : Promise.resolve<MemorySearch>({ status: "skipped", memories: [], reason: "No message to search memory for." }),
  ]);
  const deepReason = memory.status === "used" ? `${memory.memories.length} past messages matched` : memory.reason;
  return {
    ...always,
    recent: { ...recentDecision, ...recent },
    memory,
    tiers: {
      always: { used: true, reason: "always included" },
      recent: recentDecision,
      deep: { status: memory.status, reason: deepReason },
    },
  };
}
