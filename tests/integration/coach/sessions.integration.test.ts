import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { GET as listItems } from "@/app/api/coach/action-items/route";
import { POST as completeRoute } from "@/app/api/coach/sessions/[id]/complete/route";
import { GET as icsRoute } from "@/app/api/coach/sessions/[id]/ics/route";
import { GET as getSessionRoute, PATCH as patchSession } from "@/app/api/coach/sessions/[id]/route";
import { GET as listSessions, POST as createSessionRoute } from "@/app/api/coach/sessions/route";
import { resetProviderStatus } from "@/lib/ai/provider-status";
import { completeSession, NO_CONVERSATION_OUTCOME } from "@/lib/coach/planning/session-outcome";
import { coachSessions } from "@/lib/db/schema";
import { mockChatCompletions } from "../../fixtures/ai/chat-completions";
import { configureProviders } from "../../fixtures/ai/env";
import { readLlmCalls, recordSleeps } from "../../fixtures/ai/harness";
import { replyJson, replyStatus } from "../../fixtures/ai/replies";
import { hoursFromNow, seedSessionConversation, send, sendOk, userIdOf } from "../../fixtures/coach-planning";
import { errorOf } from "../../fixtures/http";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

const database = useTestDatabase();
afterEach(() => resetProviderStatus());

type Session = {
  id: string;
  scheduledFor: string;
  durationMinutes: number;
  goal: string;
  framework: string;
  status: string;
  outcomeSummary: string | null;
  rating: number | null;
  links: { google: string; outlook: string; ics: string };
};
type Completed = { session: Session; outcome: { summary: string; provider: string }; actionItems: { text: string; dueDate: string | null; status: string; source: string; sessionId: string }[] };

const SESSION = { durationMinutes: 45, goal: "Decide how to pitch the London retail investors", framework: "GROW" };

const schedule = (user: TestUser, json: Record<string, unknown> = {}) =>
  sendOk<Session>(createSessionRoute, "/api/coach/sessions", user, {
    method: "POST",
    json: { scheduledFor: hoursFromNow(24), ...SESSION, ...json },
    status: 201,
  });
/** A session whose start time has passed (created in the future, as the API insists, then moved). */
async function scheduleStarted(user: TestUser, json: Record<string, unknown> = {}): Promise<Session> {
  const session = await schedule(user, json);
  await database.db.update(coachSessions).set({ scheduledFor: new Date(Date.now() - 60_000) }).where(eq(coachSessions.id, session.id));
  return session;
}
const patch = (user: TestUser, id: string, json: unknown) =>
  send(patchSession, `/api/coach/sessions/${id}`, user, { method: "PATCH", json, params: { id } });
const complete = (user: TestUser, id: string, rating: unknown = 4) =>
  send(completeRoute, `/api/coach/sessions/${id}/complete`, user, { method: "POST", json: { rating }, params: { id } });
const ics = (user: TestUser, id: string) => send(icsRoute, `/api/coach/sessions/${id}/ics`, user, { params: { id } });
const sessions = (user: TestUser) => sendOk<{ upcoming: Session[]; past: Session[] }>(listSessions, "/api/coach/sessions", user);

const CONVERSATION = [
  { role: "user" as const, content: "The London pitch to the retail investors is in two weeks and the pricing story is weak." },
  { role: "assistant" as const, content: "What would a strong pricing story look like to them?" },
  { role: "user" as const, content: "They want proof that stores pay for themselves within a year. I'll rework the pricing slide by Friday. I will also ask Priya for the pilot numbers tomorrow." },
  { role: "assistant" as const, content: "What will you do first?" },
];

describe("scheduling", () => {
  it("returns 201 with the session and Google, Outlook and .ics links", async () => {
    const user = await signUpUser();
    const start = new Date(Date.now() + 48 * 3_600_000);
    start.setUTCSeconds(0, 0);
    const session = await schedule(user, { scheduledFor: start.toISOString().replace("Z", "+00:00") });
    expect(session).toMatchObject({ ...SESSION, status: "scheduled", rating: null, outcomeSummary: null, scheduledFor: start.toISOString() });

    const google = new URL(session.links.google);
    expect(google.origin + google.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(google.searchParams.get("action")).toBe("TEMPLATE");
    const compact = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
    expect(google.searchParams.get("dates")).toBe(`${compact(start)}/${compact(new Date(start.getTime() + 45 * 60_000))}`);
    expect(google.searchParams.get("text")).toContain(SESSION.goal);
    const outlook = new URL(session.links.outlook);
    expect(outlook.origin + outlook.pathname).toBe("https://outlook.live.com/calendar/0/deeplink/compose");
    expect(outlook.searchParams.get("rru")).toBe("addevent");
    expect(outlook.searchParams.get("startdt")).toBe(start.toISOString().replace(/\.\d{3}Z$/, "Z"));
    expect(session.links.ics).toBe(`/api/coach/sessions/${session.id}/ics`);
  });

  it("keeps the instant of a time given with a non-UTC offset", async () => {
    const user = await signUpUser();
    const session = await schedule(user, { scheduledFor: "2099-03-01T09:30:00+05:30" });
    expect(session.scheduledFor).toBe("2099-03-01T04:00:00.000Z");
  });

  it.each([
    ["a time in the past", { scheduledFor: hoursFromNow(-1) }, "scheduledFor"],
    ["a time without an offset", { scheduledFor: "2099-03-01T09:30:00" }, "scheduledFor"],
    ["a duration under 5 minutes", { durationMinutes: 4 }, "durationMinutes"],
    ["a duration over 240 minutes", { durationMinutes: 241 }, "durationMinutes"],
    ["an empty goal", { goal: "" }, "goal"],
    ["a goal over 500 characters", { goal: "x".repeat(501) }, "goal"],
    ["an unknown framework", { framework: "PDCA" }, "framework"],
  ])("rejects %s with 400", async (_, change, field) => {
    const user = await signUpUser();
    const res = await send(createSessionRoute, "/api/coach/sessions", user, {
      method: "POST",
      json: { scheduledFor: hoursFromNow(24), ...SESSION, ...change },
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).details?.[0]?.field).toBe(field);
    expect(await sessions(user)).toEqual({ upcoming: [], past: [] });
  });
});

describe("listing, rescheduling and cancelling", () => {
  it("lists upcoming soonest first and moves cancelled sessions to past", async () => {
    const user = await signUpUser();
    const later = await schedule(user, { scheduledFor: hoursFromNow(72), goal: "Later" });
    const sooner = await schedule(user, { scheduledFor: hoursFromNow(2), goal: "Sooner" });
    expect((await sessions(user)).upcoming.map((s) => s.goal)).toEqual(["Sooner", "Later"]);

    const one = await sendOk<Session>(getSessionRoute, `/api/coach/sessions/${later.id}`, user, { params: { id: later.id } });
    expect(one.goal).toBe("Later");

    const cancelled = await (await patch(user, sooner.id, { status: "cancelled" })).json();
    expect(cancelled.status).toBe("cancelled");
    const listed = await sessions(user);
    expect(listed.upcoming.map((s) => s.goal)).toEqual(["Later"]);
    expect(listed.past.map((s) => [s.goal, s.status])).toEqual([["Sooner", "cancelled"]]);

    expect((await patch(user, sooner.id, { scheduledFor: hoursFromNow(5) })).status).toBe(409);
    expect((await complete(user, sooner.id)).status).toBe(409);
  });

  it("reschedules into the future only", async () => {
    const user = await signUpUser();
    const session = await schedule(user);
    const moved = hoursFromNow(30);
    const res = await patch(user, session.id, { scheduledFor: moved, durationMinutes: 60, framework: "OKR" });
    expect(res.status).toBe(200);
    const updated = (await res.json()) as Session;
    expect(updated).toMatchObject({ scheduledFor: moved, durationMinutes: 60, framework: "OKR" });
    expect(new URL(updated.links.google).searchParams.get("dates")?.split("/")[0]).toBe(moved.replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, ""));

    const past = await patch(user, session.id, { scheduledFor: hoursFromNow(-2) });
    expect(past.status).toBe(400);
    expect((await errorOf(past)).details?.[0]?.field).toBe("scheduledFor");
    expect((await patch(user, session.id, { status: "completed" })).status).toBe(400);
  });
});

describe("the .ics download", () => {
  it("is a text/calendar attachment whose UID is the session id and whose URL opens the session", async () => {
    const user = await signUpUser();
    const session = await schedule(user, { scheduledFor: "2099-06-01T14:00:00Z", durationMinutes: 30 });
    const res = await ics(user, session.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.ics"$/);
    const lines = (await res.text()).replace(/\r\n[ \t]/g, "").split("\r\n");
    expect(lines).toContain(`UID:${session.id}`);
    expect(lines).toContain("DTSTART:20990601T140000Z");
    expect(lines).toContain("DTEND:20990601T143000Z");
    expect(lines).toContain(`URL:http://localhost:3000/coach?session=${session.id}`);
    expect(lines.find((l) => l.startsWith("SUMMARY:"))).toContain("London retail investors");
    expect(lines).toContain("SEQUENCE:0");
    expect(lines).toContain("TRIGGER:-PT15M");
  });

  it("grows SEQUENCE on every reschedule and on cancel, so calendars replace the event they imported", async () => {
    const user = await signUpUser();
    const session = await schedule(user, { scheduledFor: "2099-06-01T14:00:00Z" });
    const icsLines = async () => (await (await ics(user, session.id)).text()).replace(/\r\n[ \t]/g, "").split("\r\n");

    expect((await patch(user, session.id, { scheduledFor: "2099-06-02T09:00:00Z" })).status).toBe(200);
    expect(await icsLines()).toEqual(expect.arrayContaining(["SEQUENCE:1", "DTSTART:20990602T090000Z"]));

    expect((await patch(user, session.id, { status: "cancelled" })).status).toBe(200);
    expect(await icsLines()).toEqual(expect.arrayContaining(["SEQUENCE:2", "STATUS:CANCELLED"]));
  });
});

describe("completing a session offline", () => {
  it("summarises the session's conversation and suggests the user's commitments as action items", async () => {
    const user = await signUpUser();
    const session = await scheduleStarted(user);
    const userId = await userIdOf(user);
    await seedSessionConversation(database.db, { userId, sessionId: session.id, messages: CONVERSATION });
    await seedSessionConversation(database.db, {
      userId,
      sessionId: null,
      messages: [{ role: "user", content: "I'll renew the office lease by Monday." }],
    });

    const res = await complete(user, session.id, 5);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Completed;
    expect(body.outcome.provider).toBe("offline");
    expect(body.outcome.summary).toMatch(/pricing/);
    expect(body.outcome.summary).not.toMatch(/What would a strong pricing story/);
    expect(body.session).toMatchObject({ status: "completed", rating: 5, outcomeSummary: body.outcome.summary });
    expect(body.actionItems.map((i) => [i.text, i.status, i.source, i.sessionId])).toEqual([
      ["Rework the pricing slide", "suggested", "session", session.id],
      ["Ask Priya for the pilot numbers", "suggested", "session", session.id],
    ]);
    expect(body.actionItems.every((i) => i.dueDate !== null)).toBe(true);

    const suggested = await sendOk<{ actionItems: { text: string }[] }>(listItems, "/api/coach/action-items?status=suggested", user);
    expect(suggested.actionItems.map((i) => i.text).sort()).toEqual(["Ask Priya for the pilot numbers", "Rework the pricing slide"]);
    expect((await sessions(user)).past.map((s) => [s.id, s.status])).toEqual([[session.id, "completed"]]);
  });

  it("completes a session with no conversation honestly, without asking any AI", async () => {
    const user = await signUpUser();
    const session = await scheduleStarted(user);
    const body = (await (await complete(user, session.id, 3)).json()) as Completed;
    expect(body.outcome).toEqual({ summary: NO_CONVERSATION_OUTCOME, provider: "none" });
    expect(body.session).toMatchObject({ status: "completed", rating: 3, outcomeSummary: NO_CONVERSATION_OUTCOME });
    expect(body.actionItems).toEqual([]);
    expect(await readLlmCalls(database.db, await userIdOf(user))).toEqual([]);
  });

  it("answers 409 to completing twice and 400 to a rating outside 1–5", async () => {
    const user = await signUpUser();
    const session = await scheduleStarted(user);
    expect((await complete(user, session.id, 0)).status).toBe(400);
    expect((await complete(user, session.id, 6)).status).toBe(400);
    expect((await complete(user, session.id, 4)).status).toBe(200);
    const again = await complete(user, session.id, 2);
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe("CONFLICT");
    expect((await sessions(user)).past[0]?.rating).toBe(4);
    expect((await patch(user, session.id, { goal: "Too late" })).status).toBe(409);
  });

  it("does not suggest an item the user already has open", async () => {
    const user = await signUpUser();
    const session = await scheduleStarted(user);
    const userId = await userIdOf(user);
    await seedSessionConversation(database.db, { userId, sessionId: session.id, messages: CONVERSATION });
    const first = (await (await complete(user, session.id)).json()) as Completed;
    const second = await scheduleStarted(user);
    await seedSessionConversation(database.db, { userId, sessionId: second.id, messages: CONVERSATION });
    const repeat = (await (await complete(user, second.id)).json()) as Completed;
    expect(first.actionItems).toHaveLength(2);
    expect(repeat.actionItems).toEqual([]);
  });
});

describe("a session in the future", () => {
  it("cannot be completed before it starts: 409 with a clear message, and it stays scheduled", async () => {
    const user = await signUpUser();
    const session = await schedule(user, { scheduledFor: hoursFromNow(3) });
    const res = await complete(user, session.id, 4);
    expect(res.status).toBe(409);
    const error = await errorOf(res);
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/has not started yet/);
    expect((await sessions(user)).upcoming).toEqual([expect.objectContaining({ id: session.id, status: "scheduled", rating: null })]);
  });

  it("can be completed once started early in the chat (in progress)", async () => {
    const user = await signUpUser();
    const session = await schedule(user, { scheduledFor: hoursFromNow(3) });
    await database.db.update(coachSessions).set({ status: "in_progress" }).where(eq(coachSessions.id, session.id));
    const res = await complete(user, session.id, 4);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Completed).session.status).toBe("completed");
  });
});

describe("completing a session with an LLM", () => {
  const answer = {
    summary: "You decided to lead the London pitch with payback inside a year, backed by pilot numbers.",
    actionItems: [{ text: "Rework the pricing slide around payback", dueDate: "2099-01-08" }],
  };

  it("sends the transcript to Groq and stores its summary and items", async () => {
    configureProviders({ groq: true });
    const requests = mockChatCompletions(network, { vendor: "groq", replies: [replyJson(answer)] });
    const user = await signUpUser();
    const session = await scheduleStarted(user);
    await seedSessionConversation(database.db, { userId: await userIdOf(user), sessionId: session.id, messages: CONVERSATION });

    const body = (await (await complete(user, session.id, 4)).json()) as Completed;

    expect(requests).toHaveLength(1);
    const sent = JSON.stringify(requests[0]?.body.messages);
    expect(sent).toContain("I'll rework the pricing slide by Friday");
    expect(sent).toContain(SESSION.goal);
    expect(body.outcome).toEqual({ summary: answer.summary, provider: "groq" });
    expect(body.session.outcomeSummary).toBe(answer.summary);
    expect(body.actionItems.map((i) => [i.text, i.dueDate, i.source, i.status])).toEqual([
      ["Rework the pricing slide around payback", "2099-01-08", "session", "suggested"],
    ]);
  });

  it("falls back to the offline outcome when the provider keeps failing", async () => {
    configureProviders({ groq: true });
    const requests = mockChatCompletions(network, { vendor: "groq", replies: [replyStatus(500), replyStatus(500), replyStatus(500)] });
    const user = await signUpUser();
    const session = await scheduleStarted(user);
    const userId = await userIdOf(user);
    await seedSessionConversation(database.db, { userId, sessionId: session.id, messages: CONVERSATION });

    const result = await completeSession({ db: database.db, userId, sessionId: session.id, rating: 2, sleep: recordSleeps().sleep });

    expect(requests.length).toBeGreaterThan(1);
    expect(result.outcome.provider).toBe("offline");
    expect(result.actionItems.map((i) => i.text)).toContain("Rework the pricing slide");
    expect(result.session).toMatchObject({ status: "completed", rating: 2 });
  });
});

describe("another user's session", () => {
  it("is 404 for reading, downloading, changing and completing, and never listed", async () => {
    const alice = await signUpUser();
    const bob = await signUpUser();
    const session = await schedule(alice);
    const params = { id: session.id };
    const results = [
      await send(getSessionRoute, `/api/coach/sessions/${session.id}`, bob, { params }),
      await ics(bob, session.id),
      await patch(bob, session.id, { status: "cancelled" }),
      await patch(bob, session.id, { scheduledFor: hoursFromNow(50) }),
      await complete(bob, session.id),
      await send(getSessionRoute, "/api/coach/sessions/not-a-uuid", bob, { params: { id: "not-a-uuid" } }),
    ];
    expect(results.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
    expect(await sessions(bob)).toEqual({ upcoming: [], past: [] });
    const mine = await sessions(alice);
    expect(mine.upcoming).toEqual([expect.objectContaining({ id: session.id, status: "scheduled", scheduledFor: session.scheduledFor })]);
  });
});
