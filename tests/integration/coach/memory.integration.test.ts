import { describe, expect, it } from "vitest";
import { isMemoryAvailable, rememberMessages, searchMemories } from "@/lib/coach/memories/memory";
import { coachConversations, coachMessages } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { createSeededRandom } from "@/lib/seeded-random";
import { createTestUser } from "../../fixtures/ai/harness";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();
const DAY_MS = 86_400_000;

const TARGET = "The London pitch to Barclays went badly: the deck ran long and we never got to pricing.";
const CITIES = ["Paris", "Berlin", "Madrid", "Dublin", "Lisbon", "Boston", "Austin", "Toronto"];
const SUBJECTS = ["hiring plan", "pricing page", "churn report", "board update", "product roadmap", "sales pipeline", "pitch deck", "team offsite", "marketing budget", "seed round"];
const VERBS = ["slipped again", "looks promising", "needs another pass", "went better than expected", "is blocked on legal", "was approved today", "felt rushed", "is on track"];

/** Business chatter that shares words with the target (pitches in other cities, other London
 * topics) without meaning the same thing. */
function distractors(count: number): string[] {
  const random = createSeededRandom(7);
  const pick = <T,>(items: T[]) => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const place = i % 10 === 0 ? "London" : pick(CITIES);
    return `Note ${i}: the ${pick(SUBJECTS)} in ${place} ${pick(VERBS)}; ${pick(SUBJECTS)} ${pick(VERBS)}.`;
  });
}

async function storeMessages(db: Db, userId: string, texts: string[], start: Date) {
  const [conversation] = await db.insert(coachConversations).values({ userId, sessionType: "check_in", title: "History" }).returning();
  const rows = await db
    .insert(coachMessages)
    .values(texts.map((content, i) => ({ conversationId: conversation!.id, userId, role: "user" as const, content, createdAt: new Date(start.getTime() + i * 60_000) })))
    .returning();
  await rememberMessages({ db, messages: rows });
  return rows;
}

describe("deep memory (pgvector)", () => {
  it("is available exactly where the memory table exists", async () => {
    expect(await isMemoryAvailable(database.db)).toBe(database.database.vector);
  });

  it(
    "finds the right past snippet among 1,000 distractors, with its date, and never another user's",
    async ({ skip }) => {
      skip(!database.database.vector, "no pgvector on this database");
      const db = database.db;
      const alice = await createTestUser(db);
      const bob = await createTestUser(db);
      const twoMonthsAgo = new Date(Date.now() - 60 * DAY_MS);
      const noise = distractors(1_000);
      const rows = await storeMessages(db, alice, [...noise.slice(0, 500), TARGET, ...noise.slice(500)], twoMonthsAgo);
      const target = rows[500]!;
      const [bobs] = await storeMessages(db, bob, ["Our London pitch to Barclays went badly, the deck was far too long."], twoMonthsAgo);

      const found = await searchMemories({ db, userId: alice, query: "What happened with that London pitch to Barclays?" });
      expect(found.status).toBe("used");
      expect(found.memories[0]).toMatchObject({ messageId: target.id, snippet: TARGET, createdAt: target.createdAt.toISOString() });
      expect(found.memories.length).toBeLessThanOrEqual(5);
      expect(found.memories.map((m) => m.messageId)).not.toContain(bobs!.id);
      for (const [i, memory] of found.memories.entries()) {
        expect(memory.similarity).toBeGreaterThanOrEqual(0.2);
        if (i > 0) expect(memory.similarity).toBeLessThanOrEqual(found.memories[i - 1]!.similarity);
      }

      const bobFound = await searchMemories({ db, userId: bob, query: "What happened with that London pitch to Barclays?" });
      expect(bobFound.memories.map((m) => m.messageId)).toEqual([bobs!.id]);

      const excluded = await searchMemories({ db, userId: alice, query: "that London pitch to Barclays", excludeMessageIds: [target.id] });
      expect(excluded.memories.map((m) => m.messageId)).not.toContain(target.id);
    },
    60_000,
  );

  it("reports empty below the threshold and skipped for a message with no words", async ({ skip }) => {
    skip(!database.database.vector, "no pgvector on this database");
    const db = database.db;
    const user = await createTestUser(db);
    await storeMessages(db, user, ["We signed the Acme renewal for two more years."], new Date(Date.now() - DAY_MS));
    expect((await searchMemories({ db, userId: user, query: "Quantum zebra violin" })).status).toBe("empty");
    expect((await searchMemories({ db, userId: user, query: "   " })).status).toBe("skipped");
    expect((await searchMemories({ db, userId: user, query: "?!" })).status).toBe("skipped");
  });

  it("remembering is idempotent, and a no-op where pgvector is missing", async () => {
    const db = database.db;
    const user = await createTestUser(db);
    const rows = await storeMessages(db, user, ["Hire a designer before the launch."], new Date());
    const again = await rememberMessages({ db, messages: rows });
    expect(again).toBe(database.database.vector ? 1 : 0);
    const found = await searchMemories({ db, userId: user, query: "hire a designer" });
    expect(found.status).toBe(database.database.vector ? "used" : "unavailable");
    expect(found.memories).toHaveLength(database.database.vector ? 1 : 0);
  });
});
