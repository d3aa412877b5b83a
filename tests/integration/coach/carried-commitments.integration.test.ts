import { afterEach, describe, expect, it, vi } from "vitest";
import { getCarriedCommitments } from "@/lib/coach/carry-forward/carried-commitments";
import { coachActionItems, coachSessions } from "@/lib/db/schema";
import { afterQueue } from "../../fixtures/after";
import { chat, userIdOf } from "../../fixtures/coach-chat";
import { signUpUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
afterEach(() => {
  afterQueue.length = 0;
});
const NOW = new Date("2026-12-02T09:00:00Z");

async function session(userId: string, goal: string, completedAt: Date | null) {
  const [row] = await database.db
    .insert(coachSessions)
    .values({ userId, goal, durationMinutes: 30, scheduledFor: completedAt ?? new Date(NOW.getTime() + 3_600_000), status: completedAt ? "completed" : "scheduled", completedAt })
    .returning({ id: coachSessions.id });
  return row!.id;
}

async function commitment(userId: string, sessionId: string, text: string, status: "pending" | "done" | "dismissed", dueDate: string | null) {
  await database.db.insert(coachActionItems).values({ userId, sessionId, text, status, dueDate, source: "extracted" });
}

describe("commitments carried into the next session", () => {
  it("come from the last completed session only, overdue first, and never from another user", async () => {
    const dana = await signUpUser();
    const danaId = await userIdOf(dana);
    const older = await session(danaId, "Hiring plan", new Date("2026-11-10T10:00:00Z"));
    await commitment(danaId, older, "Post the job ad", "pending", "2026-11-12");
    const last = await session(danaId, "Enterprise pricing", new Date("2026-11-25T10:00:00Z"));
    await commitment(danaId, last, "Book the offsite", "done", "2026-11-28");
    await commitment(danaId, last, "Draft the pricing page", "pending", "2026-12-20");
    await commitment(danaId, last, "Send Acme the price sheet", "pending", "2026-11-27");
    await commitment(danaId, last, "An idea dropped on the way", "dismissed", null);
    const next = await session(danaId, "Pricing follow-up", null);

    const carried = await getCarriedCommitments({ db: database.db, userId: danaId, sessionId: next, now: NOW });
    expect(carried.from).toMatchObject({ id: last, goal: "Enterprise pricing" });
    expect(carried.items.map((i) => [i.text, i.status])).toEqual([
      ["Send Acme the price sheet", "overdue"],
      ["Draft the pricing page", "pending"],
      ["Book the offsite", "done"],
    ]);

    const other = await signUpUser();
    const otherId = await userIdOf(other);
    expect(await getCarriedCommitments({ db: database.db, userId: otherId, sessionId: next, now: NOW })).toEqual({ from: null, items: [] });
  });

  it("open the next session's first offline answer with the overdue one", async () => {
    const dana = await signUpUser({ name: "Dana Whitfield" });
    const danaId = await userIdOf(dana);
    const last = await session(danaId, "Enterprise pricing", new Date(Date.now() - 7 * 86_400_000));
    const overdueDay = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    await commitment(danaId, last, "Send Acme the price sheet", "pending", overdueDay);
    const next = await session(danaId, "Pricing follow-up", null);

    const { text } = await chat(dana, { message: "Let's pick up the pricing work.", sessionType: "structured", sessionId: next });
    expect(text).toMatch(/^Hi Dana\. Before anything else: from last session, “Send Acme the price sheet” was due/);
    expect(text.endsWith("What got in the way, and what would it take to finish it this week?")).toBe(true);
  });
});
