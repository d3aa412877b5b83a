import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as exportGet } from "@/app/api/me/export/route";
import { DELETE as deleteMe } from "@/app/api/me/route";
import { createEmbeddingKey } from "@/lib/ai/embedding-cache";
import { DEFAULT_EMBEDDING_MODEL } from "@/lib/ai/models";
import { isMemoryAvailable, rememberMessages } from "@/lib/coach/memories/memory";
import {
  coachActionItems,
  coachConversations,
  coachDailySummaries,
  coachGoals,
  coachMessageRatings,
  coachMessages,
  coachProfiles,
  coachSessions,
  coachWeeklySummaries,
  embeddingCache,
} from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { insertConversation, insertDaily } from "../../fixtures/coach-summaries";
import { call } from "../../fixtures/http";
import { userByEmail } from "../../fixtures/rows";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

const test = useTestDatabase();

const cacheKey = (text: string) => createEmbeddingKey({ model: DEFAULT_EMBEDDING_MODEL, text });

async function cacheEmbedding(db: Db, text: string) {
  await db.insert(embeddingCache).values({ key: cacheKey(text), model: DEFAULT_EMBEDDING_MODEL, dimensions: 3, embedding: [0.1, 0.2, 0.3] });
}

/** A coach user with one row in every coach table, remembered messages and cached embeddings. */
async function seedCoach(label: string) {
  const user = await signUpUser({ name: label });
  const { id: userId } = await userByEmail(test.db, user.email);
  const texts = [`${label} wants to expand the bakery to Leeds.`, `${label} will call the landlord on Friday.`];
  await test.db.insert(coachProfiles).values({ userId, industry: `${label} bakeries`, company: `${label} Buns` });
  const [goal] = await test.db.insert(coachGoals).values({ userId, title: `${label}: open a second shop` }).returning();
  const [session] = await test.db
    .insert(coachSessions)
    .values({ userId, scheduledFor: new Date("2026-12-01T10:00:00Z"), durationMinutes: 30, goal: `${label} session goal` })
    .returning();
  const conversationId = await insertConversation(test.db, userId, [
    { at: "2026-11-02T09:00:00Z", content: texts[0] as string },
    { at: "2026-11-02T09:00:03Z", content: `Coach reply to ${label}.`, role: "assistant" },
    { at: "2026-11-02T09:01:00Z", content: texts[1] as string },
  ]);
  await test.db.insert(coachActionItems).values({ userId, conversationId, goalId: goal?.id, text: `${label} calls the landlord` });
  await insertDaily(test.db, userId, { day: "2026-11-02", summary: `${label}'s daily summary.`, createdAt: "2026-11-03T00:05:00Z" });
  await test.db.insert(coachWeeklySummaries).values({ userId, weekStart: "2026-10-26", progressNotes: `${label}'s weekly notes.`, dayCount: 1, engine: "offline/extractive-weekly" });
  const messages = await test.db.select().from(coachMessages).where(eq(coachMessages.userId, userId));
  const answer = messages.find((m) => m.role === "assistant");
  if (answer) await test.db.insert(coachMessageRatings).values({ messageId: answer.id, userId, rating: "down", note: `${label} wanted more on Leeds.` });
  await rememberMessages({ db: test.db, messages: messages.filter((m) => m.role === "user") });
  for (const text of texts) await cacheEmbedding(test.db, text);
  return { user, userId, texts, conversationId, goalId: goal?.id, sessionId: session?.id };
}

async function countRows(userId: string) {
  const count = async (rows: Promise<unknown[]>) => (await rows).length;
  let memoryVectors = 0;
  if (await isMemoryAvailable(test.db)) {
    const result = await test.db.execute<{ n: number }>(sql`select count(*)::int as n from coach_memory_vectors where user_id = ${userId}`);
    // postgres-js returns an array of rows, PGlite an object with `rows`.
    const rows = (Array.isArray(result) ? result : (result as unknown as { rows: { n: number }[] }).rows) as { n: number }[];
    memoryVectors = Number(rows[0]?.n);
  }
  return {
    profiles: await count(test.db.select().from(coachProfiles).where(eq(coachProfiles.userId, userId))),
    goals: await count(test.db.select().from(coachGoals).where(eq(coachGoals.userId, userId))),
    sessions: await count(test.db.select().from(coachSessions).where(eq(coachSessions.userId, userId))),
    conversations: await count(test.db.select().from(coachConversations).where(eq(coachConversations.userId, userId))),
    messages: await count(test.db.select().from(coachMessages).where(eq(coachMessages.userId, userId))),
    ratings: await count(test.db.select().from(coachMessageRatings).where(eq(coachMessageRatings.userId, userId))),
    actionItems: await count(test.db.select().from(coachActionItems).where(eq(coachActionItems.userId, userId))),
    dailies: await count(test.db.select().from(coachDailySummaries).where(eq(coachDailySummaries.userId, userId))),
    weeklies: await count(test.db.select().from(coachWeeklySummaries).where(eq(coachWeeklySummaries.userId, userId))),
    memoryVectors,
  };
}

async function cachedKeys(texts: string[]) {
  const rows = await test.db.select({ key: embeddingCache.key }).from(embeddingCache);
  const keys = new Set(rows.map((r) => r.key));
  return texts.filter((text) => keys.has(cacheKey(text)));
}

type CoachExport = {
  coach: {
    profile: { company: string } | null;
    goals: { id: string; title: string }[];
    sessions: { id: string; goal: string }[];
    conversations: { id: string; messages: { role: string; content: string }[] }[];
    messageRatings: { rating: string; note: string | null }[];
    actionItems: { text: string }[];
    dailySummaries: { summary: string }[];
    weeklySummaries: { progressNotes: string }[];
    memoryVectors: { available: boolean; count: number };
  };
};

async function exportOf(user: TestUser) {
  const res = await call(exportGet, "/api/me/export", { cookie: user.cookie, ip: user.ip });
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, data: JSON.parse(text) as CoachExport };
}

describe("coach data export", () => {
  it("includes every coach row the user owns, vectors as a count, and nothing of anyone else", async () => {
    const alice = await seedCoach("Alice");
    const bob = await seedCoach("Bob");
    const { text, data } = await exportOf(bob.user);
    const { coach } = data;
    expect(coach.profile?.company).toBe("Bob Buns");
    expect(coach.goals).toEqual([expect.objectContaining({ id: bob.goalId, title: "Bob: open a second shop" })]);
    expect(coach.sessions).toEqual([expect.objectContaining({ id: bob.sessionId, goal: "Bob session goal" })]);
    expect(coach.conversations).toEqual([
      expect.objectContaining({
        id: bob.conversationId,
        messages: [
          expect.objectContaining({ role: "user", content: bob.texts[0] }),
          expect.objectContaining({ role: "assistant", content: "Coach reply to Bob." }),
          expect.objectContaining({ role: "user", content: bob.texts[1] }),
        ],
      }),
    ]);
    expect(coach.messageRatings.map((r) => [r.rating, r.note])).toEqual([["down", "Bob wanted more on Leeds."]]);
    expect(coach.actionItems.map((i) => i.text)).toEqual(["Bob calls the landlord"]);
    expect(coach.dailySummaries.map((d) => d.summary)).toEqual(["Bob's daily summary."]);
    expect(coach.weeklySummaries.map((w) => w.progressNotes)).toEqual(["Bob's weekly notes."]);
    const available = await isMemoryAvailable(test.db);
    expect(coach.memoryVectors).toEqual({ available, count: available ? 2 : 0 });
    expect(text).not.toContain("embedding");
    expect(text).not.toContain("Alice");
    expect(text).not.toContain(alice.userId);
  });
});

describe("coach data deletion", () => {
  it("removes every coach row, the memory vectors and the cached embeddings of the user's messages, and nothing of anyone else", async () => {
    const carol = await seedCoach("Carol");
    const dan = await seedCoach("Dan");
    await cacheEmbedding(test.db, "A text nobody in this test wrote.");
    const carolBefore = await countRows(carol.userId);
    const vectors = (await isMemoryAvailable(test.db)) ? 2 : 0;
    expect(carolBefore).toEqual({ profiles: 1, goals: 1, sessions: 1, conversations: 1, messages: 3, ratings: 1, actionItems: 1, dailies: 1, weeklies: 1, memoryVectors: vectors });
    expect(await countRows(dan.userId)).toEqual(carolBefore);

    const res = await call(deleteMe, "/api/me", { method: "DELETE", cookie: dan.user.cookie, json: { confirm: "DELETE" } });
    expect(res.status).toBe(200);

    expect(await countRows(dan.userId)).toEqual({
      profiles: 0, goals: 0, sessions: 0, conversations: 0, messages: 0, ratings: 0, actionItems: 0, dailies: 0, weeklies: 0, memoryVectors: 0,
    });
    expect(await cachedKeys(dan.texts)).toEqual([]);
    expect(await countRows(carol.userId)).toEqual(carolBefore);
    expect(await cachedKeys([...carol.texts, "A text nobody in this test wrote."])).toEqual([...carol.texts, "A text nobody in this test wrote."]);
  });
});
