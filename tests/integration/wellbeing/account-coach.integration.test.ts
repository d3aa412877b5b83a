import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as exportJournal } from "@/app/api/wellbeing/export/route";
import { GET as getSettings, PUT as putSettings } from "@/app/api/wellbeing/settings/route";
import { exportUserData } from "@/lib/account/export-user-data";
import { assembleCoachContext } from "@/lib/coach/chat/context";
import { deliveryJobs } from "@/lib/db/schema";
import { afterQueue, runAfterCallbacks } from "../../fixtures/after";
import { userIdOf } from "../../fixtures/coach-planning";
import { call } from "../../fixtures/http";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { checkin, newEntry } from "../../fixtures/wellbeing";
import { useTestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
afterEach(() => {
  afterQueue.length = 0;
});

const put = (user: TestUser, json: unknown) => call(putSettings, "/api/wellbeing/settings", { method: "PUT", json, cookie: user.cookie });

describe("Wellbeing account data and the Coach", () => {
  it("exports check-ins, entries (also as CSV and Markdown), meditations and settings", async () => {
    const user = await signUpUser();
    const userId = await userIdOf(user);
    await checkin(user, { mood: 4, tags: ["sleep"] });
    await newEntry(user, { title: "Launch, day one", content: 'We shipped. "Relieved", and tired.', tags: ["work"] });
    await runAfterCallbacks();
    const data = (await exportUserData({ db: database.db, userId })) as unknown as { wellbeing: { checkins: unknown[]; entries: { analysis: unknown }[]; entriesCsv: string; entriesMarkdown: string } };
    expect(data.wellbeing.checkins).toHaveLength(1);
    expect(data.wellbeing.entries[0]!.analysis).not.toBeNull();
    expect(data.wellbeing.entriesCsv).toContain('"Launch, day one"');
    expect(data.wellbeing.entriesCsv).toContain('"We shipped. ""Relieved"", and tired."');
    expect(data.wellbeing.entriesMarkdown).toContain("— Launch, day one");
    const csv = await call(exportJournal, "/api/wellbeing/export?format=csv", { cookie: user.cookie });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(await csv.text()).toContain("Launch, day one");
    expect((await call(exportJournal, "/api/wellbeing/export?format=pdf", { cookie: user.cookie })).status).toBe(400);
  });

  it("gives the Coach the week's mood only when the user allows it, with shared entries", async () => {
    const user = await signUpUser();
    const userId = await userIdOf(user);
    await checkin(user, { mood: 2 });
    await newEntry(user, { content: "A private worry.", mood: 2 });
    await newEntry(user, { title: "For my coach", content: "I keep putting off the hiring plan.", visibility: "shared" });
    const before = await assembleCoachContext({ db: database.db, userId, sessionType: "check_in" });
    expect(before.wellbeing).toBeNull();
    await put(user, { shareMoodWithCoach: true });
    const after = await assembleCoachContext({ db: database.db, userId, sessionType: "check_in" });
    expect(after.wellbeing).toMatchObject({ averageMood: 2, daysWithMood: 1, direction: "steady" });
    expect(after.wellbeing!.sharedEntries.map((e) => e.title)).toEqual(["For my coach"]);
  });

  it("schedules the daily check-in and meditation reminders at the chosen times, once", async () => {
    const user = await signUpUser();
    const userId = await userIdOf(user);
    const res = await put(user, { checkinReminderTime: "20:30", meditationReminderTime: "07:15" });
    expect(await res.json()).toEqual({ shareMoodWithCoach: false, checkinReminderTime: "20:30", meditationReminderTime: "07:15" });
    await put(user, { checkinReminderTime: "20:30" });
    const jobs = await database.db.select().from(deliveryJobs).where(eq(deliveryJobs.type, "reminder"));
    const mine = jobs.filter((j) => (j.payload as { userId: string }).userId === userId);
    expect(mine.map((j) => (j.payload as { kind: string }).kind).sort()).toEqual(["wellbeing.check-in", "wellbeing.meditation"]);
    const checkinJob = mine.find((j) => (j.payload as { kind: string }).kind === "wellbeing.check-in")!;
    expect(checkinJob.runAt.toISOString().slice(11, 16)).toBe("20:30");
    expect((await put(user, { checkinReminderTime: "25:00" })).status).toBe(400);
    expect((await (await call(getSettings, "/api/wellbeing/settings", { cookie: user.cookie })).json()).checkinReminderTime).toBe("20:30");
  });

  it("moves a reminder whose time changed and drops one that was cleared, instead of sending both", async () => {
    const user = await signUpUser();
    const userId = await userIdOf(user);
    const pending = async () => {
      const jobs = await database.db.select().from(deliveryJobs).where(and(eq(deliveryJobs.type, "reminder"), eq(deliveryJobs.state, "pending")));
      return jobs
        .filter((j) => (j.payload as { userId: string }).userId === userId)
        .map((j) => `${(j.payload as { kind: string }).kind} ${j.runAt.toISOString().slice(11, 16)}`)
        .sort();
    };
    await put(user, { checkinReminderTime: "08:00", meditationReminderTime: "21:00" });
    expect(await pending()).toEqual(["wellbeing.check-in 08:00", "wellbeing.meditation 21:00"]);
    await put(user, { checkinReminderTime: "09:30" });
    expect(await pending()).toEqual(["wellbeing.check-in 09:30", "wellbeing.meditation 21:00"]);
    await put(user, { meditationReminderTime: null });
    expect(await pending()).toEqual(["wellbeing.check-in 09:30"]);
  });
});
