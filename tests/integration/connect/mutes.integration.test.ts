import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DELETE as unmute } from "@/app/api/connect/mutes/[id]/route";
import { GET as listMutes, POST as mute } from "@/app/api/connect/mutes/route";
import { connectMatches, notifications } from "@/lib/db/schema";
import { notifyOfflineMembers } from "@/lib/translation/chat/notify-offline";
import { afterQueue } from "../../fixtures/after";
import { connectPerson, requestMatch, runQueuedWork, uploadClip, type ConnectPerson } from "../../fixtures/connect";
import { call, errorOf } from "../../fixtures/http";
import { useTestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
afterEach(async () => {
  afterQueue.length = 0;
  await database.db.delete(connectMatches);
});

const LONELY = "I feel so lonely tonight, nobody to talk to, a bit sad.";

async function clipOf(person: ConnectPerson): Promise<string> {
  const { id } = (await (await uploadClip(person, { transcript: LONELY })).json()) as { id: string };
  await runQueuedWork();
  return id;
}

const muteAs = (person: ConnectPerson, json: unknown, headers: Record<string, string> = {}) =>
  call(mute, "/api/connect/mutes", { method: "POST", cookie: person.cookie, json, headers });
const unmuteAs = (person: ConnectPerson, userId: string, headers: Record<string, string> = {}) =>
  call(unmute, `/api/connect/mutes/${userId}`, { method: "DELETE", cookie: person.cookie, headers }, { id: userId });
const mutesOf = async (person: ConnectPerson) => ((await (await call(listMutes, "/api/connect/mutes", { cookie: person.cookie })).json()) as { mutes: { userId: string; displayName: string }[] }).mutes;

describe("muting someone", { timeout: 60_000 }, () => {
  it("keeps the pair from being matched, whichever of them records next", async () => {
    const muter = await connectPerson(database.db);
    const muted = await connectPerson(database.db);
    expect((await muteAs(muter, { userId: muted.id })).status).toBe(201);
    await clipOf(muted);
    expect(await (await requestMatch(muter, await clipOf(muter))).json()).toEqual({ status: "waiting" });
    expect(await (await requestMatch(muted, await clipOf(muted))).json()).toEqual({ status: "waiting" });
  });

  it("is listed for the muter only, is idempotent, and is lifted by the muter alone", async () => {
    const muter = await connectPerson(database.db);
    const muted = await connectPerson(database.db);
    const other = await connectPerson(database.db);
    expect((await muteAs(muter, { userId: muted.id })).status).toBe(201);
    expect((await muteAs(muter, { userId: muted.id })).status).toBe(201);
    expect((await mutesOf(muter)).map((m) => m.userId)).toEqual([muted.id]);
    expect(await mutesOf(muted)).toEqual([]);
    expect(await (await unmuteAs(other, muted.id)).json()).toEqual({ removed: false });
    expect(await mutesOf(muter)).toHaveLength(1);
    expect((await unmuteAs(muter, muted.id, { origin: "https://evil.example" })).status).toBe(403);
    expect((await unmuteAs(muter, "not-an-id")).status).toBe(404);
    expect(await mutesOf(muter)).toHaveLength(1);
    expect(await (await unmuteAs(muter, muted.id)).json()).toEqual({ removed: true });
    expect(await mutesOf(muter)).toEqual([]);
  });

  it("refuses muting yourself, an unknown person, a bad body and a foreign origin", async () => {
    const me = await connectPerson(database.db);
    expect((await errorOf(await muteAs(me, { userId: me.id }))).message).toBe("You cannot mute yourself.");
    expect((await muteAs(me, { userId: "00000000-0000-4000-8000-000000000000" })).status).toBe(404);
    const bad = await muteAs(me, { userId: "not-an-id" });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toMatch(/./);
    expect((await muteAs(me, { userId: me.id, extra: 1 })).status).toBe(400);
    const other = await connectPerson(database.db);
    expect((await muteAs(me, { userId: other.id }, { origin: "https://evil.example" })).status).toBe(403);
    expect(await mutesOf(me)).toEqual([]);
  });

  it("stops a muted contact's chat messages from notifying the muter, and nobody else", async () => {
    const muter = await connectPerson(database.db);
    const bystander = await connectPerson(database.db);
    const sender = await connectPerson(database.db);
    await muteAs(muter, { userId: sender.id });
    const longAgo = new Date(Date.now() - 60 * 60_000);
    await notifyOfflineMembers({
      db: database.db,
      sender: { userId: sender.id, name: "Sam", language: "en", lastSeenAt: new Date() },
      message: { conversationId: "00000000-0000-4000-8000-000000000001", originalText: "Hello there", originalLang: "en" },
      members: [muter, bystander].map((p) => ({ userId: p.id, name: "x", language: "en", lastSeenAt: longAgo })),
      translations: [],
    });
    const sent = await database.db.select().from(notifications).where(eq(notifications.kind, "translate.message"));
    expect(sent.map((n) => n.userId)).toEqual([bystander.id]);
  });
});
