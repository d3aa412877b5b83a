import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as rateRoute } from "@/app/api/coach/messages/[id]/rating/route";
import { coachMessageRatings, coachMessages } from "@/lib/db/schema";
import { conversationDetail } from "../../fixtures/coach-chat";
import { seedSessionConversation, send, userIdOf } from "../../fixtures/coach-planning";
import { errorOf } from "../../fixtures/http";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();

type Rating = { messageId: string; rating: "up" | "down"; note: string | null; createdAt: string; updatedAt: string };

const rate = (user: TestUser, id: string, json: unknown) => send(rateRoute, `/api/coach/messages/${id}/rating`, user, { method: "POST", json, params: { id } });

/** A conversation with one user message and the coach's answer; returns both ids. */
async function seedAnswer(user: TestUser) {
  const userId = await userIdOf(user);
  const conversationId = await seedSessionConversation(database.db, {
    userId,
    sessionId: null,
    messages: [
      { role: "user", content: "Our churn went up again." },
      { role: "assistant", content: "What changed for the customers who left?" },
    ],
  });
  const rows = await database.db.select().from(coachMessages).where(eq(coachMessages.conversationId, conversationId));
  return { userId, conversationId, question: rows.find((m) => m.role === "user")!.id, answer: rows.find((m) => m.role === "assistant")!.id };
}

const ratingsOf = (messageId: string) => database.db.select().from(coachMessageRatings).where(eq(coachMessageRatings.messageId, messageId));

describe("POST /api/coach/messages/:id/rating", () => {
  it("stores a thumbs up (201), and a re-rating replaces it (200), note and all", async () => {
    const user = await signUpUser();
    const { userId, conversationId, answer } = await seedAnswer(user);

    const first = await rate(user, answer, { rating: "up" });
    expect(first.status).toBe(201);
    expect((await first.json()) as Rating).toMatchObject({ messageId: answer, rating: "up", note: null });

    const second = await rate(user, answer, { rating: "down", note: "  It ignored what I said about pricing.  " });
    expect(second.status).toBe(200);
    expect((await second.json()) as Rating).toMatchObject({ rating: "down", note: "It ignored what I said about pricing." });

    const third = await rate(user, answer, { rating: "down", note: "" });
    expect(third.status).toBe(200);
    expect((await third.json()) as Rating).toMatchObject({ rating: "down", note: null });

    const stored = await ratingsOf(answer);
    expect(stored.map((r) => [r.userId, r.rating, r.note])).toEqual([[userId, "down", null]]);
    expect(stored[0]!.updatedAt.getTime()).toBeGreaterThanOrEqual(stored[0]!.createdAt.getTime());

    const detail = await conversationDetail(user, conversationId);
    const answerOnScreen = detail.messages.find((m) => m.id === answer) as unknown as { rating: { rating: string; note: string | null } | null };
    expect(answerOnScreen.rating).toEqual({ rating: "down", note: null });
    expect((detail.messages.find((m) => m.role === "user") as unknown as { rating: unknown }).rating).toBeNull();
  });

  it("rejects bad input with 400 and stores nothing", async () => {
    const user = await signUpUser();
    const { answer } = await seedAnswer(user);
    for (const json of [{}, { rating: "meh" }, { rating: "up", note: "x".repeat(1001) }, { rating: "up", extra: true }, { rating: "down", note: 5 }]) {
      const res = await rate(user, answer, json);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe("VALIDATION_ERROR");
    }
    expect((await errorOf(await rate(user, answer, { rating: "meh" }))).details?.[0]?.field).toBe("rating");
    expect(await ratingsOf(answer)).toEqual([]);
  });

  it("is a 404 for another user's answer, the user's own message, and ids that are not messages; nothing is stored", async () => {
    const owner = await signUpUser();
    const other = await signUpUser();
    const { question, answer } = await seedAnswer(owner);
    await rate(owner, answer, { rating: "up", note: "Spot on." });

    const foreign = await rate(other, answer, { rating: "down", note: "sabotage" });
    expect(foreign.status).toBe(404);
    expect((await errorOf(foreign)).code).toBe("NOT_FOUND");
    expect((await rate(owner, question, { rating: "up" })).status).toBe(404);
    expect((await rate(owner, "not-a-uuid", { rating: "up" })).status).toBe(404);
    expect((await rate(owner, "00000000-0000-4000-8000-000000000000", { rating: "up" })).status).toBe(404);

    expect((await ratingsOf(answer)).map((r) => [r.rating, r.note])).toEqual([["up", "Spot on."]]);
    expect(await ratingsOf(question)).toEqual([]);
    const otherId = await userIdOf(other);
    expect(await database.db.select().from(coachMessageRatings).where(and(eq(coachMessageRatings.userId, otherId)))).toEqual([]);
  });
});
