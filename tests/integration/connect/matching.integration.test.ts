import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as accept } from "@/app/api/connect/matches/[id]/accept/route";
import { POST as reject } from "@/app/api/connect/matches/[id]/reject/route";
import { POST as block } from "@/app/api/connect/blocks/route";
import { GET as history } from "@/app/api/connect/history/route";
import { PUT as putProfile } from "@/app/api/connect/profile/route";
import { POST as report } from "@/app/api/connect/reports/route";
import { connectClips, connectMatches, connectWaits, contacts, notifications, realtimeEvents, roomParticipants, rooms, users } from "@/lib/db/schema";
import { afterQueue } from "../../fixtures/after";
import { connectPerson, requestMatch, runQueuedWork, uploadClip, type ConnectPerson } from "../../fixtures/connect";
import { call, errorOf } from "../../fixtures/http";
import { useTestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
afterEach(() => {
  afterQueue.length = 0;
});
// One database per file: each test starts with nobody else's clips in the pool.
beforeEach(async () => {
  await database.db.delete(rooms);
  await database.db.delete(connectWaits);
  await database.db.delete(connectMatches);
  await database.db.delete(connectClips);
});

const LONELY = "I feel so lonely tonight, nobody to talk to, a bit sad.";

async function clipOf(person: ConnectPerson, transcript = LONELY): Promise<string> {
  const res = await uploadClip(person, { transcript });
  const { id } = (await res.json()) as { id: string };
  await runQueuedWork();
  return id;
}

async function matchFor(person: ConnectPerson, transcript = LONELY, mode: "similar" | "uplift" = "similar") {
  const res = await requestMatch(person, await clipOf(person, transcript), mode);
  return { status: res.status, body: await res.json() };
}

const respond = (handler: typeof accept, person: ConnectPerson, id: string) =>
  call(handler, `/api/connect/matches/${id}/x`, { method: "POST", cookie: person.cookie }, { id });

describe("matching", { timeout: 60_000 }, () => {
  it("matches two lonely people, says why, and notifies both", async () => {
    const a = await connectPerson(database.db, { displayName: "Ada" });
    const b = await connectPerson(database.db, { displayName: "Bo" });
    await clipOf(b);
    const { status, body } = await matchFor(a);
    expect(status).toBe(201);
    expect(body).toMatchObject({ otherUser: { displayName: "Bo" }, status: "pending", reason: expect.stringContaining("lonely") });
    expect(body.score).toBeGreaterThan(0.9);
    expect(new Date(body.expiresAt).getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    const found = await database.db.select().from(realtimeEvents).where(eq(realtimeEvents.type, "match.found"));
    expect(found.map((e) => e.channel).sort()).toEqual([`user:${a.id}`, `user:${b.id}`].sort());
    const notes = await database.db.select().from(notifications).where(eq(notifications.kind, "connect.match"));
    expect(notes.map((n) => n.userId).sort()).toEqual([a.id, b.id].sort());
  });

  it("tells each person why in their own language, and stores the reason as emotion ids", async () => {
    const a = await connectPerson(database.db, { displayName: "Ana" });
    const b = await connectPerson(database.db, { displayName: "Bo" });
    await database.db.update(users).set({ preferredLanguage: "es" }).where(eq(users.id, a.id));
    await clipOf(b);
    const { body } = await matchFor(a);
    expect(body.reason).toMatch(/^Lo que compartes con esta persona: .*soledad.*\.$/);
    const notes = await database.db.select().from(notifications).where(eq(notifications.kind, "connect.match"));
    expect(notes.find((n) => n.userId === a.id)).toMatchObject({ title: expect.stringContaining("Bo"), body: body.reason });
    expect(notes.find((n) => n.userId === b.id)?.body).toMatch(/^You both feel .*lonely/);
    const [stored] = await database.db.select().from(connectMatches).where(eq(connectMatches.id, body.id));
    expect(JSON.parse(stored!.reason)).toMatchObject({ kind: "shared", emotions: expect.arrayContaining(["lonely"]) });
  });

  it("never offers self, blocked, reported, suspended or foreign-language users", async () => {
    const me = await connectPerson(database.db);
    const blocked = await connectPerson(database.db);
    const blocker = await connectPerson(database.db);
    const reported = await connectPerson(database.db);
    const suspended = await connectPerson(database.db);
    const spanish = await connectPerson(database.db, { languages: ["es"] });
    for (const p of [blocked, blocker, reported, suspended, spanish]) await clipOf(p);
    await call(block, "/api/connect/blocks", { method: "POST", cookie: me.cookie, json: { userId: blocked.id } });
    await call(block, "/api/connect/blocks", { method: "POST", cookie: blocker.cookie, json: { userId: me.id } });
    const filed = await call(report, "/api/connect/reports", { method: "POST", cookie: me.cookie, json: { userId: reported.id, reason: "harassment" } });
    expect(filed.status).toBe(201);
    await database.db.update(users).set({ suspendedUntil: new Date(Date.now() + 86_400_000) }).where(eq(users.id, suspended.id));
    await clipOf(me);
    const { status, body } = await matchFor(me);
    expect(status).toBe(200);
    expect(body).toEqual({ status: "waiting" });
  });

  it("keeps under-18s with under-18s, and honours age and gender preferences both ways", async () => {
    const teen = await connectPerson(database.db, { birthDate: "2011-01-01" });
    const adult = await connectPerson(database.db, { gender: "man" });
    await clipOf(adult);
    expect((await matchFor(teen)).body).toEqual({ status: "waiting" });
    const picky = await connectPerson(database.db, { preferences: { genders: ["woman"] } });
    expect((await matchFor(picky)).body).toEqual({ status: "waiting" });
    const young = await connectPerson(database.db, { preferences: { ageMax: 25 } });
    expect((await matchFor(young)).body).toEqual({ status: "waiting" });
    const fits = await connectPerson(database.db, { preferences: { genders: ["man"], ageMin: 30 } });
    expect((await matchFor(fits)).body).toMatchObject({ otherUser: { id: adult.id } });
  });

  it("uplift mode offers the calm person to an anxious one; similar offers the anxious one", async () => {
    const calm = await connectPerson(database.db);
    const anxious = await connectPerson(database.db);
    await clipOf(calm, "I feel calm, peaceful and relaxed.");
    await clipOf(anxious, "I am so anxious and worried and nervous.");
    const seeker = await connectPerson(database.db);
    const uplift = await matchFor(seeker, "I am anxious, nervous and on edge.", "uplift");
    expect(uplift.body.otherUser.id).toBe(calm.id);
    expect(uplift.body.reason).toContain("calm");
    const other = await connectPerson(database.db);
    const similar = await matchFor(other, "I am anxious, nervous and on edge.", "similar");
    // The seeker's own anxious clip is in the pool too; either anxious person fits, the calm one does not.
    expect([anxious.id, seeker.id]).toContain(similar.body.otherUser.id);
    expect(similar.body.reason).toBe("You both feel anxious.");
  });

  it("does not match a pair again within 7 days", async () => {
    const a = await connectPerson(database.db);
    const b = await connectPerson(database.db);
    await clipOf(b);
    const first = await matchFor(a);
    await respond(reject, a, first.body.id);
    expect((await matchFor(a)).body).toEqual({ status: "waiting" });
  });

  it("goes by who the owner of a clip is now: a ban, a new language or new preferences after recording", async () => {
    const me = await connectPerson(database.db);
    const other = await connectPerson(database.db);
    await clipOf(other);
    const saveProfile = (profile: Record<string, unknown>) =>
      call(putProfile, "/api/connect/profile", { method: "PUT", cookie: other.cookie, json: { displayName: "Other", birthDate: "1990-05-01", languages: ["en"], ...profile } });
    await database.db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, other.id));
    expect((await matchFor(me)).body).toEqual({ status: "waiting" });
    await database.db.update(users).set({ bannedAt: null }).where(eq(users.id, other.id));
    expect((await saveProfile({ languages: ["es"] })).status).toBe(200);
    expect((await matchFor(me)).body).toEqual({ status: "waiting" });
    expect((await saveProfile({ preferences: { genders: ["woman"] } })).status).toBe(200);
    expect((await matchFor(me)).body).toEqual({ status: "waiting" });
    expect((await saveProfile({})).status).toBe(200);
    expect((await matchFor(me)).body).toMatchObject({ otherUser: { id: other.id } });
  });

  it("a waiting person is matched by the next fitting clip and notified", async () => {
    const waiter = await connectPerson(database.db);
    expect((await matchFor(waiter)).body).toEqual({ status: "waiting" });
    const newcomer = await connectPerson(database.db);
    await clipOf(newcomer);
    const [match] = await database.db.select().from(connectMatches).where(eq(connectMatches.userAId, waiter.id));
    expect(match).toMatchObject({ userBId: newcomer.id, status: "pending" });
    const notes = await database.db.select().from(notifications).where(eq(notifications.userId, waiter.id));
    expect(notes.map((n) => n.kind)).toContain("connect.match");
  });
});

describe("accept and reject", { timeout: 60_000 }, () => {
  it("is accepted only when both accept; B cannot act on a stranger's match", async () => {
    const a = await connectPerson(database.db);
    const b = await connectPerson(database.db);
    const stranger = await connectPerson(database.db);
    await clipOf(b);
    const { body } = await matchFor(a);
    expect((await respond(accept, stranger, body.id)).status).toBe(404);
    const first = await (await respond(accept, a, body.id)).json();
    expect(first).toMatchObject({ status: "pending", youAccepted: true, theyAccepted: false });
    const second = await (await respond(accept, b, body.id)).json();
    expect(second).toMatchObject({ status: "accepted", youAccepted: true, theyAccepted: true, roomId: expect.any(String) });
    const [room] = await database.db.select().from(rooms).where(eq(rooms.id, second.roomId));
    expect(room).toMatchObject({ originKind: "connect-match", originId: body.id, status: "initiated" });
    const participants = await database.db.select().from(roomParticipants).where(eq(roomParticipants.roomId, second.roomId));
    expect(participants.map((p) => p.userId).sort()).toEqual([a.id, b.id].sort());
    const again = await (await respond(accept, a, body.id)).json();
    expect(again).toMatchObject({ status: "accepted", roomId: second.roomId });

    await database.db.update(rooms).set({ status: "completed", durationSeconds: 95 }).where(eq(rooms.id, second.roomId));
    const { entries } = await (await call(history, "/api/connect/history", { cookie: b.cookie })).json();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ otherUser: { id: a.id }, mode: "similar", callDurationSeconds: 95, canCallAgain: false });
    expect(entries[0].sharedEmotions).toContain("lonely");
    await database.db.insert(contacts).values([
      { ownerId: a.id, contactId: b.id, status: "accepted" },
      { ownerId: b.id, contactId: a.id, status: "accepted" },
    ]);
    const asContacts = await (await call(history, "/api/connect/history", { cookie: b.cookie })).json();
    expect(asContacts.entries[0].canCallAgain).toBe(true);
    const strangers = await (await call(history, "/api/connect/history", { cookie: stranger.cookie })).json();
    expect(strangers.entries).toEqual([]);
  });

  it("one rejection closes it; accepting afterwards or after expiry is 409", async () => {
    const a = await connectPerson(database.db);
    const b = await connectPerson(database.db);
    await clipOf(b);
    const { body } = await matchFor(a);
    expect((await (await respond(reject, b, body.id)).json()).status).toBe("rejected");
    const late = await respond(accept, a, body.id);
    expect(late.status).toBe(409);
    expect(await database.db.select().from(rooms)).toEqual([]);

    const c = await connectPerson(database.db);
    const d = await connectPerson(database.db);
    await clipOf(d);
    const second = await matchFor(c);
    await database.db.update(connectMatches).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(connectMatches.id, second.body.id));
    const expired = await respond(accept, c, second.body.id);
    expect(expired.status).toBe(409);
    expect((await errorOf(expired)).message).toContain("expired");
    const [row] = await database.db.select().from(connectMatches).where(eq(connectMatches.id, second.body.id));
    expect(row?.status).toBe("expired");
  });

  it("refuses a bad match request with 400 and a foreign clip with 404", async () => {
    const a = await connectPerson(database.db);
    const b = await connectPerson(database.db);
    const bad = await requestMatch(a, "not-a-uuid");
    expect(bad.status).toBe(400);
    const foreign = await requestMatch(a, await clipOf(b));
    expect(foreign.status).toBe(404);
    expect(await database.db.select().from(connectMatches)).toEqual([]);
  });
});
