// The state-changing routes added with notifications, push, ratings and "summarise today": a request
// from a page on another origin is refused (403 in the error shape) and changes nothing.
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as rate } from "@/app/api/coach/messages/[id]/rating/route";
import { POST as summariseToday } from "@/app/api/coach/summaries/today/route";
import { GET as getPreferences, PUT as putPreferences } from "@/app/api/notifications/preferences/route";
import { POST as markRead } from "@/app/api/notifications/read/route";
import { DELETE as unsubscribeDevice, POST as subscribeDevice } from "@/app/api/push/subscriptions/route";
import { coachDailySummaries, coachMessageRatings, coachMessages, notifications, pushSubscriptions } from "@/lib/db/schema";
import { notify } from "@/lib/notifications/notify";
import { afterQueue, runAfterCallbacks } from "../fixtures/after";
import { chat, userIdOf } from "../fixtures/coach-chat";
import { call, errorOf } from "../fixtures/http";
import { createTestSubscription } from "../fixtures/push-service";
import { signUpUser } from "../fixtures/users";
import { useTestDatabase } from "../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
afterEach(() => {
  afterQueue.length = 0;
});

const FOREIGN = { origin: "https://attacker.example" };

async function expectForbidden(res: Response) {
  expect(res.status).toBe(403);
  expect((await errorOf(res)).code).toBe("FORBIDDEN");
}

describe("new state-changing routes refuse a foreign Origin and change nothing", () => {
  it("rating a coach answer", async () => {
    const user = await signUpUser();
    const { conversationId } = await chat(user, { message: "I want to hire a head of sales." });
    await runAfterCallbacks();
    const [answer] = await database.db
      .select({ id: coachMessages.id })
      .from(coachMessages)
      .where(and(eq(coachMessages.conversationId, conversationId), eq(coachMessages.role, "assistant")));
    const path = `/api/coach/messages/${answer!.id}/rating`;
    await expectForbidden(await call(rate, path, { method: "POST", cookie: user.cookie, json: { rating: "down" }, headers: FOREIGN }, { id: answer!.id }));
    expect(await database.db.select().from(coachMessageRatings)).toEqual([]);
  });

  it("summarising today", async () => {
    const user = await signUpUser();
    await chat(user, { message: "Today I reviewed the sales pipeline." });
    await expectForbidden(await call(summariseToday, "/api/coach/summaries/today", { method: "POST", cookie: user.cookie, headers: FOREIGN }));
    expect(await database.db.select().from(coachDailySummaries).where(eq(coachDailySummaries.userId, await userIdOf(user)))).toEqual([]);
  });

  it("changing notification preferences", async () => {
    const user = await signUpUser();
    const before = await (await call(getPreferences, "/api/notifications/preferences", { cookie: user.cookie })).json();
    const update = { emailDigest: true };
    await expectForbidden(await call(putPreferences, "/api/notifications/preferences", { method: "PUT", cookie: user.cookie, json: update, headers: FOREIGN }));
    expect(await (await call(getPreferences, "/api/notifications/preferences", { cookie: user.cookie })).json()).toEqual(before);
  });

  it("marking notifications read", async () => {
    const user = await signUpUser();
    const userId = await userIdOf(user);
    await notify({ db: database.db, userId, kind: "connect.match", title: "A match" });
    await expectForbidden(await call(markRead, "/api/notifications/read", { method: "POST", cookie: user.cookie, json: { all: true }, headers: FOREIGN }));
    const rows = await database.db.select({ readAt: notifications.readAt }).from(notifications).where(eq(notifications.userId, userId));
    expect(rows).toEqual([{ readAt: null }]);
  });

  it("adding or removing a push subscription", async () => {
    const user = await signUpUser();
    const device = createTestSubscription("https://push.example.test");
    const json = { endpoint: device.endpoint, keys: device.keys };
    await expectForbidden(await call(subscribeDevice, "/api/push/subscriptions", { method: "POST", cookie: user.cookie, json, headers: FOREIGN }));
    expect(await database.db.select().from(pushSubscriptions)).toEqual([]);

    expect((await call(subscribeDevice, "/api/push/subscriptions", { method: "POST", cookie: user.cookie, json })).status).toBeLessThan(300);
    await expectForbidden(await call(unsubscribeDevice, "/api/push/subscriptions", { method: "DELETE", cookie: user.cookie, json: { endpoint: device.endpoint }, headers: FOREIGN }));
    expect(await database.db.select({ endpoint: pushSubscriptions.endpoint }).from(pushSubscriptions)).toEqual([{ endpoint: device.endpoint }]);
  });
});

describe("POST /api/coach/summaries/today with a body that is not JSON", () => {
  it("is 415 in the error shape and summarises nothing", async () => {
    const user = await signUpUser();
    await chat(user, { message: "Today I reviewed the sales pipeline." });
    const res = await call(summariseToday, "/api/coach/summaries/today", { method: "POST", cookie: user.cookie, body: "date=today" });
    expect(res.status).toBe(415);
    expect((await errorOf(res)).code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(await database.db.select().from(coachDailySummaries).where(eq(coachDailySummaries.userId, await userIdOf(user)))).toEqual([]);
  });
});
