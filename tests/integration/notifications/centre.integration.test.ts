import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/notifications/route";
import { POST as markReadPost } from "@/app/api/notifications/read/route";
import { notify, notifyMany } from "@/lib/notifications/notify";
import { PAGE_SIZE } from "@/lib/notifications/list-notifications";
import { openEventStream } from "@/lib/realtime/sse";
import { call, errorOf } from "@/tests/fixtures/http";
import { userByEmail } from "@/tests/fixtures/rows";
import { sseReader } from "@/tests/fixtures/sse";
import { signUpUser } from "@/tests/fixtures/users";
import { useTestDatabase } from "@/tests/setup/database";

const testDb = useTestDatabase();

type Page = { items: { id: string; kind: string; title: string; body: string; url: string | null; readAt: string | null }[]; unread: number; hasMore: boolean };

async function person() {
  const account = await signUpUser();
  const user = await userByEmail(testDb.db, account.email);
  return { cookie: account.cookie, id: user.id };
}

async function list(cookie: string, page = 1): Promise<Page> {
  const res = await call(GET, `/api/notifications?page=${page}`, { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
}

const markRead = (cookie: string, json: unknown) => call(markReadPost, "/api/notifications/read", { method: "POST", cookie, json });

describe("notify", () => {
  it("writes the row and announces it on user:{id}, and only there", async () => {
    const a = await person();
    const b = await person();
    const abort = new AbortController();
    const stream = sseReader(
      await openEventStream({ database: testDb.database, channels: [`user:${a.id}`], lastEventId: null, signal: abort.signal }),
    );
    await notify({ db: testDb.db, userId: b.id, kind: "connect.match", title: "Not for A" });
    const id = await notify({ db: testDb.db, userId: a.id, kind: "connect.match", title: "You have a match", body: "Say hi", url: "/connect" });

    const event = await stream.next();
    expect(event).toMatchObject({ channel: `user:${a.id}`, type: "notification", payload: { id, kind: "connect.match", title: "You have a match", url: "/connect" } });
    abort.abort();
    const page = await list(a.cookie);
    expect(page.unread).toBe(1);
    expect(page.items).toEqual([expect.objectContaining({ id, title: "You have a match", body: "Say hi", url: "/connect", readAt: null })]);
  });

  it("refuses a kind that is not registered", async () => {
    const a = await person();
    await expect(notify({ db: testDb.db, userId: a.id, kind: "made.up" as "connect.match", title: "x" })).rejects.toThrow(/Unknown notification kind/);
  });

  it("notifyMany gives each user their own row", async () => {
    const a = await person();
    const b = await person();
    const ids = await notifyMany({ db: testDb.db, userIds: [a.id, b.id], kind: "billing.payment-failed", title: "Payment failed" });
    expect(ids.size).toBe(2);
    expect((await list(a.cookie)).items.map((i) => i.id)).toEqual([ids.get(a.id)]);
    expect((await list(b.cookie)).items.map((i) => i.id)).toEqual([ids.get(b.id)]);
  });
});

describe("GET /api/notifications", () => {
  it("pages newest first", async () => {
    const a = await person();
    for (let n = 0; n < PAGE_SIZE + 2; n++) await notify({ db: testDb.db, userId: a.id, kind: "connect.match", title: `n${n}` });
    const first = await list(a.cookie, 1);
    const second = await list(a.cookie, 2);
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.hasMore).toBe(true);
    expect(first.items[0]?.title).toBe(`n${PAGE_SIZE + 1}`);
    expect(second.items.map((i) => i.title)).toEqual(["n1", "n0"]);
    expect(second.hasMore).toBe(false);
    expect(first.unread).toBe(PAGE_SIZE + 2);
  });

  it("rejects a bad page with 400 and is 401 signed out", async () => {
    const a = await person();
    expect((await call(GET, "/api/notifications?page=0", { cookie: a.cookie })).status).toBe(400);
    expect((await call(GET, "/api/notifications")).status).toBe(401);
  });
});

describe("POST /api/notifications/read", () => {
  it("marks the given ids read and then all; the unread count follows", async () => {
    const a = await person();
    const first = await notify({ db: testDb.db, userId: a.id, kind: "connect.match", title: "one" });
    await notify({ db: testDb.db, userId: a.id, kind: "connect.match", title: "two" });
    await notify({ db: testDb.db, userId: a.id, kind: "connect.match", title: "three" });

    const res = await markRead(a.cookie, { ids: [first] });
    expect(await res.json()).toEqual({ updated: 1, unread: 2 });
    expect((await list(a.cookie)).items.find((i) => i.id === first)?.readAt).toEqual(expect.any(String));
    expect(await (await markRead(a.cookie, { all: true })).json()).toEqual({ updated: 2, unread: 0 });
  });

  it("user B cannot see or mark user A's notifications", async () => {
    const a = await person();
    const b = await person();
    const id = await notify({ db: testDb.db, userId: a.id, kind: "connect.match", title: "private" });
    expect((await list(b.cookie)).items).toEqual([]);
    expect(await (await markRead(b.cookie, { ids: [id] })).json()).toEqual({ updated: 0, unread: 0 });
    await markRead(b.cookie, { all: true });
    expect((await list(a.cookie)).unread).toBe(1);
  });

  it("is 400 without ids or all, and for ids that are not uuids", async () => {
    const a = await person();
    expect((await markRead(a.cookie, {})).status).toBe(400);
    const res = await markRead(a.cookie, { ids: ["nope"] });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("VALIDATION_ERROR");
  });
});
