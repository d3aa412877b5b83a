import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { GET as contextRoute } from "@/app/api/coach/context/route";
import { assembleCoachContext } from "@/lib/coach/chat/context";
import { rememberMessages } from "@/lib/coach/memories/memory";
import { setDatabaseForTests } from "@/lib/db/client";
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
} from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { createTestUser } from "../../fixtures/ai/harness";
import { userIdOf } from "../../fixtures/coach-chat";
import { call, errorOf } from "../../fixtures/http";
import { signUpUser } from "../../fixtures/users";
import { openTestDatabase, useTestDatabase, type TestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
const DAY_MS = 86_400_000;
const NOW = new Date("2026-09-20T09:00:00Z");
const day = (offset: number) => new Date(NOW.getTime() + offset * DAY_MS);
const isoDay = (offset: number) => day(offset).toISOString().slice(0, 10);

/** A user with something in every tier, plus things the coach must leave out. */
async function seedCoachData(db: Db, userId: string) {
  await db.update(users).set({ displayName: "Maya", coachStyle: "tactical", timezone: "Europe/London" }).where(sql`${users.id} = ${userId}`);
  await db.insert(coachProfiles).values({ userId, company: "Brightline", industry: "SaaS", stage: "seed", markets: ["UK"], keyChallenges: ["churn"] });
  await db.insert(coachGoals).values([
    { userId, title: "Reach £50k MRR", priority: 1 },
    { userId, title: "Hire a head of sales", priority: 2 },
    { userId, title: "Old abandoned goal", status: "abandoned" },
  ]);
  await db.insert(coachDailySummaries).values(
    Array.from({ length: 9 }, (_, i) => ({ userId, day: isoDay(-1 - i), summary: `Day ${i + 1} summary`, conversationCount: 1, engine: "offline" })),
  );
  await db.insert(coachActionItems).values([
    { userId, text: "Send the deck to Priya", status: "pending" as const, dueDate: isoDay(2) },
    { userId, text: "Suggested, not confirmed", status: "suggested" as const },
    { userId, text: "Already done", status: "done" as const },
  ]);
  await db.insert(coachSessions).values([
    { userId, scheduledFor: day(3), durationMinutes: 45, goal: "Pricing review" },
    { userId, scheduledFor: day(-3), durationMinutes: 30, goal: "Past session" },
  ]);
  const [recent] = await db
    .insert(coachConversations)
    .values({ userId, sessionType: "check_in", title: "Pricing worries", startedAt: day(-5), lastMessageAt: day(-5) })
    .returning();
  const [old] = await db
    .insert(coachConversations)
    .values({ userId, sessionType: "check_in", title: "Ancient chat", startedAt: day(-45), lastMessageAt: day(-45) })
    .returning();
  const messages = await db
    .insert(coachMessages)
    .values([
      { conversationId: recent!.id, userId, role: "user" as const, content: "I'm worried our pricing is too low for enterprise buyers.", createdAt: day(-5) },
      { conversationId: recent!.id, userId, role: "assistant" as const, content: "What would a fair price be?", createdAt: new Date(day(-5).getTime() + 1000) },
      { conversationId: old!.id, userId, role: "user" as const, content: "The Barcelona offsite planning is chaos.", createdAt: day(-45) },
    ])
    .returning();
  await rememberMessages({ db, messages: messages.filter((m) => m.role === "user") });
  await db.insert(coachWeeklySummaries).values([
    { userId, weekStart: isoDay(-14), progressNotes: "Closed two pilots.", wins: ["Two pilots"], dayCount: 3, engine: "offline" },
    { userId, weekStart: isoDay(-120), progressNotes: "Too old to show.", dayCount: 2, engine: "offline" },
  ]);
}

describe("assembleCoachContext", () => {
  it("always loads profile, active goals, the last 7 dailies, pending items and upcoming sessions; leaves tier 2 out of a plain check-in", async () => {
    const db = database.db;
    const userId = await createTestUser(db);
    await seedCoachData(db, userId);
    const context = await assembleCoachContext({ db, userId, message: "Hello, quick one about hiring.", sessionType: "check_in", now: NOW });

    expect(context.user).toEqual({ name: "Maya", coachStyle: "tactical", timezone: "Europe/London", language: "en" });
    expect(context.profile).toMatchObject({ company: "Brightline", industry: "SaaS", markets: ["UK"] });
    expect(context.goals.map((g) => g.title)).toEqual(["Reach £50k MRR", "Hire a head of sales"]);
    expect(context.dailySummaries.map((d) => d.day)).toEqual(Array.from({ length: 7 }, (_, i) => isoDay(-1 - i)));
    expect(context.actionItems.map((a) => a.text)).toEqual(["Send the deck to Priya"]);
    expect(context.upcomingSessions.map((s) => s.goal)).toEqual(["Pricing review"]);
    expect(context.tiers.always.used).toBe(true);
    expect(context.recent).toMatchObject({ used: false, conversations: [], weeklySummaries: [] });
  });

  it("loads the last 30 days of conversations and 3 months of weeklies when the message looks back, or in a structured session", async () => {
    const db = database.db;
    const userId = await createTestUser(db);
    await seedCoachData(db, userId);
    for (const [message, sessionType] of [
      ["What did we discuss last week about pricing?", "check_in"],
      ["Let's start.", "structured"],
    ] as const) {
      const context = await assembleCoachContext({ db, userId, message, sessionType, now: NOW });
      expect(context.recent.used).toBe(true);
      expect(context.recent.conversations.map((c) => c.title)).toEqual(["Pricing worries"]);
      expect(context.recent.conversations[0]!.messages.map((m) => m.role)).toEqual(["user", "assistant"]);
      expect(context.recent.weeklySummaries.map((w) => w.progressNotes)).toEqual(["Closed two pilots."]);
    }
  });

  it("searches deep memory by meaning and never shows another user's data", async ({ skip }) => {
    const db = database.db;
    const userId = await createTestUser(db);
    const other = await createTestUser(db);
    await seedCoachData(db, userId);
    await seedCoachData(db, other);
    const context = await assembleCoachContext({ db, userId, message: "Is our pricing too low for enterprise buyers?", sessionType: "check_in", now: NOW });
    const ownIds = new Set((await db.select({ id: coachMessages.id }).from(coachMessages).where(sql`${coachMessages.userId} = ${userId}`)).map((r) => r.id));
    expect(context.goals).toHaveLength(2);
    expect(context.actionItems).toHaveLength(1);
    skip(!database.database.vector, "no pgvector on this database");
    expect(context.tiers.deep.status).toBe("used");
    expect(context.memory.memories[0]?.snippet).toBe("I'm worried our pricing is too low for enterprise buyers.");
    for (const memory of context.memory.memories) expect(ownIds.has(memory.messageId)).toBe(true);
  });
});

describe("GET /api/coach/context", () => {
  let bare: TestDatabase | undefined;
  afterAll(async () => bare?.dispose());

  it("returns the three tiers for the signed-in user, and 400 for a bad session type", async () => {
    const user = await signUpUser();
    await seedCoachData(database.db, await userIdOf(user));
    const res = await call(contextRoute, "/api/coach/context?message=what%20did%20we%20say%20last%20week&sessionType=check_in", { cookie: user.cookie });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.tiers.always.used).toBe(true);
    expect(body.tiers.recent).toMatchObject({ used: true });
    expect(body.tiers.deep.status).toBe(database.database.vector ? "empty" : "unavailable");
    expect(body.goals).toHaveLength(2);
    const bad = await call(contextRoute, "/api/coach/context?sessionType=therapy", { cookie: user.cookie });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe("VALIDATION_ERROR");
  });

  it("reports deep memory as unavailable on a database without the vector table (server Postgres)", async () => {
    bare = await openTestDatabase();
    await bare.db.execute(sql`drop table if exists coach_memory_vectors`);
    setDatabaseForTests(bare);
    const user = await signUpUser();
    const res = await call(contextRoute, "/api/coach/context?message=How%20is%20the%20London%20pitch%20going", { cookie: user.cookie });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.tiers.deep).toEqual({ status: "unavailable", reason: "This database has no pgvector, so deep memory is off." });
    expect(body.memory.memories).toEqual([]);
  });
});
