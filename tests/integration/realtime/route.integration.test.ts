import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/realtime/route";
import { GET as getMe } from "@/app/api/me/route";
import { publish } from "@/lib/realtime/bus";
import { call, errorOf } from "@/tests/fixtures/http";
import { sseReader } from "@/tests/fixtures/sse";
import { signUpUser } from "@/tests/fixtures/users";
import { useTestDatabase } from "@/tests/setup/database";

const testDb = useTestDatabase();

async function userIdOf(cookie: string): Promise<string> {
  return ((await (await call(getMe, "/api/me", { cookie })).json()) as { id: string }).id;
}

describe("GET /api/realtime", () => {
  it("streams the signed-in user's own channel as text/event-stream", async () => {
    const user = await signUpUser();
    const id = await userIdOf(user.cookie);
    const res = await call(GET, `/api/realtime?channel=user:${id}`, { cookie: user.cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const events = sseReader(res.body!);
    await publish({ db: testDb.db, channel: `user:${id}`, type: "notification", payload: { text: "hello" } });
    await expect(events.next()).resolves.toMatchObject({ type: "notification", payload: { text: "hello" } });
    expect(events.comments).toContain(": connected");
    await events.cancel();
  });

  it("answers 403 for another user's channel, with nothing that says whether it exists", async () => {
    const alice = await signUpUser();
    const bob = await signUpUser();
    const bobId = await userIdOf(bob.cookie);
    const foreign = await call(GET, `/api/realtime?channel=user:${bobId}`, { cookie: alice.cookie });
    const missing = await call(GET, `/api/realtime?channel=user:00000000-0000-0000-0000-000000000000`, {
      cookie: alice.cookie,
    });
    expect(foreign.status).toBe(403);
    expect(missing.status).toBe(403);
    const [a, b] = [await errorOf(foreign), await errorOf(missing)];
    expect(a.message).toBe(b.message);
    expect(a.code).toBe("FORBIDDEN");
  });

  it("needs a session and at least one channel", async () => {
    const signedOut = await call(GET, "/api/realtime?channel=user:x");
    expect(signedOut.status).toBe(401);
    const user = await signUpUser();
    const none = await call(GET, "/api/realtime", { cookie: user.cookie });
    expect(none.status).toBe(400);
    expect((await errorOf(none)).details?.[0]?.field).toBe("channels");
  });

  it("resumes after the Last-Event-ID header", async () => {
    const user = await signUpUser();
    const channel = `user:${await userIdOf(user.cookie)}`;
    const first = await publish({ db: testDb.db, channel, type: "t", payload: { n: 1 } });
    await publish({ db: testDb.db, channel, type: "t", payload: { n: 2 } });
    const res = await call(GET, `/api/realtime?channel=${channel}`, {
      cookie: user.cookie,
      headers: { "last-event-id": String(first.id) },
    });
    const events = sseReader(res.body!);
    await expect(events.next()).resolves.toMatchObject({ payload: { n: 2 } });
    await events.cancel();
  });

  it("caps one user's open streams at 10: the 11th is 429 until one closes", async () => {
    const user = await signUpUser();
    const channel = `user:${await userIdOf(user.cookie)}`;
    const open = [];
    for (let i = 0; i < 10; i++) {
      const res = await call(GET, `/api/realtime?channel=${channel}`, { cookie: user.cookie });
      expect(res.status).toBe(200);
      open.push(res);
    }
    const eleventh = await call(GET, `/api/realtime?channel=${channel}`, { cookie: user.cookie });
    expect(eleventh.status).toBe(429);
    expect((await errorOf(eleventh)).code).toBe("RATE_LIMITED");
    // Another user is not affected.
    const other = await signUpUser();
    const theirs = await call(GET, `/api/realtime?channel=user:${await userIdOf(other.cookie)}`, { cookie: other.cookie });
    expect(theirs.status).toBe(200);
    await theirs.body!.cancel();
    await open.pop()!.body!.cancel();
    const again = await call(GET, `/api/realtime?channel=${channel}`, { cookie: user.cookie });
    expect(again.status).toBe(200);
    await Promise.all([again, ...open].map((res) => res.body!.cancel()));
  });

  it("answers a malformed call channel id in the error shape, not with a database error", async () => {
    const user = await signUpUser();
    const res = await call(GET, "/api/realtime?channel=call:abc", { cookie: user.cookie });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("VALIDATION_ERROR");
    const stranger = await call(GET, `/api/realtime?channel=call:${crypto.randomUUID()}`, { cookie: user.cookie });
    expect(stranger.status).toBe(403);
  });
});
