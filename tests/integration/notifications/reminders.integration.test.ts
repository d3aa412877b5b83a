import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { coachSessions, deliveryJobs, notifications } from "@/lib/db/schema";
import { runJob } from "@/lib/jobs/run-job";
import { deleteOldDeliveries } from "@/lib/notifications/delete-old-deliveries";
import { runCoachSessionReminders } from "@/lib/notifications/reminders/coach-session-reminders";
import { scheduleReminder } from "@/lib/notifications/reminders/schedule-reminder";
import { runDeliveries } from "@/lib/notifications/run-deliveries";
import { userByEmail } from "@/tests/fixtures/rows";
import { signUpUser } from "@/tests/fixtures/users";
import { useTestDatabase } from "@/tests/setup/database";

const testDb = useTestDatabase();
const MINUTE = 60_000;

async function person() {
  const account = await signUpUser();
  return (await userByEmail(testDb.db, account.email)).id;
}

const remindersOf = (userId: string) =>
  testDb.db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, "coach.session-reminder")));

async function session(userId: string, startsInMs: number, status: "scheduled" | "cancelled" = "scheduled") {
  const [row] = await testDb.db
    .insert(coachSessions)
    .values({ userId, scheduledFor: new Date(Date.now() + startsInMs), durationMinutes: 30, goal: "Plan the pricing talk", status })
    .returning();
  return row!;
}

describe("scheduleReminder", () => {
  it("notifies when due, once, even when the job runs twice or two drains race", async () => {
    const userId = await person();
    const at = new Date(Date.now() + 10 * MINUTE);
    expect(await scheduleReminder({ db: testDb.db, userId, kind: "wellbeing.check-in", at, payload: { title: "How are you today?", url: "/wellbeing" }, key: "checkin-1" })).toBe(true);
    expect(await scheduleReminder({ db: testDb.db, userId, kind: "wellbeing.check-in", at, payload: { title: "How are you today?" }, key: "checkin-1" })).toBe(false);

    await runDeliveries({ db: testDb.db });
    expect(await testDb.db.select().from(notifications).where(eq(notifications.userId, userId))).toEqual([]);
    const later = () => new Date(at.getTime() + MINUTE);
    await Promise.all([runDeliveries({ db: testDb.db, now: later }), runDeliveries({ db: testDb.db, now: later })]);
    await runDeliveries({ db: testDb.db, now: later });
    const sent = await testDb.db.select().from(notifications).where(eq(notifications.userId, userId));
    expect(sent).toEqual([expect.objectContaining({ kind: "wellbeing.check-in", title: "How are you today?", url: "/wellbeing" })]);
  });
});

describe("coach session reminders", () => {
  it("reminds 24 h and 15 min before, each once, through the scheduled jobs", async () => {
    const userId = await person();
    const s = await session(userId, 20 * 60 * MINUTE);
    await runJob({ db: testDb.db, name: "session-reminders" });
    await runJob({ db: testDb.db, name: "session-reminders" });
    await runJob({ db: testDb.db, name: "deliveries" });
    await runJob({ db: testDb.db, name: "deliveries" });
    expect((await remindersOf(userId)).map((n) => n.title)).toEqual(["Coaching session in 20 hours"]);

    const nearly = new Date(s.scheduledFor.getTime() - 14 * MINUTE);
    await runCoachSessionReminders({ db: testDb.db, now: nearly });
    await runCoachSessionReminders({ db: testDb.db, now: nearly });
    await runDeliveries({ db: testDb.db, now: () => nearly });
    const reminders = await remindersOf(userId);
    expect(reminders.map((n) => n.title).sort()).toEqual(["Coaching session in 14 minutes", "Coaching session in 20 hours"]);
    expect(reminders[0]).toMatchObject({ body: "Plan the pricing talk", url: "/coach/sessions" });
  });

  it("sends only the nearer reminder for a late booking, and none for cancelled or far-off sessions", async () => {
    const userId = await person();
    await session(userId, 10 * MINUTE);
    await session(userId, 2 * 60 * MINUTE, "cancelled");
    await session(userId, 3 * 24 * 60 * MINUTE);
    await runCoachSessionReminders({ db: testDb.db });
    await runDeliveries({ db: testDb.db });
    expect((await remindersOf(userId)).map((n) => n.title)).toEqual(["Coaching session in 10 minutes"]);
  });
});

describe("cleanup", () => {
  it("drops finished delivery jobs after a week and keeps pending ones", async () => {
    const userId = await person();
    await scheduleReminder({ db: testDb.db, userId, kind: "wellbeing.check-in", at: new Date(Date.now() + 30 * 24 * 60 * MINUTE), payload: { title: "Later" }, key: "far-future" });
    await runDeliveries({ db: testDb.db });
    const inEightDays = new Date(Date.now() + 8 * 24 * 60 * MINUTE);
    expect((await deleteOldDeliveries({ db: testDb.db, now: inEightDays })).finishedDeliveries).toBeGreaterThan(0);
    const left = await testDb.db.select().from(deliveryJobs);
    expect(left.map((j) => j.key)).toContain("reminder:far-future");
    expect(left.every((j) => j.state === "pending")).toBe(true);
  });
});
