// A coach user with realistic history for the coach benchmarks: business chatter generated from a
// seeded vocabulary, stored as messages and remembered (embedded into coach_memory_vectors).
import { rememberMessages } from "../../lib/coach/memories/memory";
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
} from "../../lib/db/schema";
import type { Db } from "../../lib/db/types";
import { createSeededRandom } from "../../lib/seeded-random";

const DAY_MS = 86_400_000;
const SUBJECTS = ["hiring plan", "pricing page", "churn report", "board update", "product roadmap", "sales pipeline", "pitch deck", "team offsite", "marketing budget", "seed round", "renewal with Acme", "onboarding flow", "investor update", "partner programme", "support backlog"];
const PLACES = ["London", "Paris", "Berlin", "Madrid", "Dublin", "Lisbon", "Boston", "Austin", "Toronto", "Sydney"];
const VERBS = ["slipped again", "looks promising", "needs another pass", "went better than expected", "is blocked on legal", "was approved today", "felt rushed", "is on track", "worries me", "needs a decision"];
const PEOPLE = ["Sarah", "Priya", "Tom", "Ana", "Kenji", "Lena", "Omar", "Grace"];

/** One line of business chatter, different every call. */
export function createChatter(seed: number): () => string {
  const random = createSeededRandom(seed);
  const pick = (items: string[]) => items[Math.floor(random() * items.length)] as string;
  return () => `The ${pick(SUBJECTS)} in ${pick(PLACES)} ${pick(VERBS)}; ${pick(PEOPLE)} thinks the ${pick(SUBJECTS)} ${pick(VERBS)}.`;
}

export async function createCoachUser(db: Db, label: string): Promise<string> {
  const subject = `${label}-${crypto.randomUUID()}`;
  const [user] = await db
    .insert(users)
    .values({ authProvider: "local", authSubject: subject, email: `${subject}@example.com`, displayName: "Bench", onboardingState: "completed" })
    .returning({ id: users.id });
  return user!.id;
}

/** Stores `count` user messages (one conversation per 20) spread over the days before `end`, and
 * remembers them in batches. */
export async function storeRememberedMessages({ db, userId, count, chatter, end = new Date(), spanDays = 365 }: { db: Db; userId: string; count: number; chatter: () => string; end?: Date; spanDays?: number }) {
  const BATCH = 1_000;
  for (let start = 0; start < count; start += BATCH) {
    const size = Math.min(BATCH, count - start);
    const at = (i: number) => new Date(end.getTime() - spanDays * DAY_MS + ((start + i) / count) * spanDays * DAY_MS);
    const conversations = await db
      .insert(coachConversations)
      .values(Array.from({ length: Math.ceil(size / 20) }, (_, i) => ({ userId, sessionType: "check_in" as const, title: "History", startedAt: at(i * 20), lastMessageAt: at(i * 20), status: "ended" as const })))
      .returning({ id: coachConversations.id });
    const messages = await db
      .insert(coachMessages)
      .values(Array.from({ length: size }, (_, i) => ({ conversationId: conversations[Math.floor(i / 20)]!.id, userId, role: "user" as const, content: chatter(), createdAt: at(i) })))
      .returning();
    await rememberMessages({ db, messages });
  }
}

/** A user with a month of coaching: profile, goals, dailies, weeklies, action items, sessions,
 * 30 recent conversations, and `rememberedMessages` older messages in deep memory. */
export async function seedCoachHistory({ db, rememberedMessages }: { db: Db; rememberedMessages: number }) {
  const userId = await createCoachUser(db, "coach-chat");
  const now = Date.now();
  const day = (offset: number) => new Date(now + offset * DAY_MS);
  const isoDay = (offset: number) => day(offset).toISOString().slice(0, 10);
  const chatter = createChatter(11);
  await db.insert(coachProfiles).values({ userId, company: "Brightline", industry: "SaaS", stage: "seed", markets: ["UK", "EU"], keyChallenges: ["churn", "hiring"] });
  await db.insert(coachGoals).values(Array.from({ length: 5 }, (_, i) => ({ userId, title: `Goal ${i + 1}: ${chatter()}`, priority: i + 1 })));
  await db.insert(coachDailySummaries).values(Array.from({ length: 30 }, (_, i) => ({ userId, day: isoDay(-1 - i), summary: chatter(), keyTopics: ["pricing", "hiring"], conversationCount: 2, engine: "offline" })));
  await db.insert(coachWeeklySummaries).values(Array.from({ length: 13 }, (_, i) => ({ userId, weekStart: isoDay(-7 * (i + 1)), progressNotes: chatter(), wins: [chatter()], dayCount: 5, engine: "offline" })));
  await db.insert(coachActionItems).values(Array.from({ length: 20 }, () => ({ userId, text: chatter(), status: "pending" as const })));
  await db.insert(coachSessions).values(Array.from({ length: 4 }, (_, i) => ({ userId, scheduledFor: day(i + 1), durationMinutes: 45, goal: chatter() })));
  await storeRememberedMessages({ db, userId, count: rememberedMessages, chatter, end: day(-31), spanDays: 180 });
  for (let c = 0; c < 30; c++) {
    const [conversation] = await db
      .insert(coachConversations)
      .values({ userId, sessionType: "check_in", title: chatter().slice(0, 80), startedAt: day(-c), lastMessageAt: day(-c), messageCount: 10, status: "ended" })
      .returning();
    const messages = await db
      .insert(coachMessages)
      .values(Array.from({ length: 10 }, (_, i) => ({ conversationId: conversation!.id, userId, role: i % 2 === 0 ? ("user" as const) : ("assistant" as const), content: chatter(), createdAt: new Date(day(-c).getTime() + i * 1000) })))
      .returning();
    await rememberMessages({ db, messages: messages.filter((m) => m.role === "user") });
  }
  return { userId, conversations: 30, rememberedMessages: rememberedMessages + 150 };
}
