import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as exportGet } from "@/app/api/me/export/route";
import { DELETE as deleteMe } from "@/app/api/me/route";
import { POST as report } from "@/app/api/connect/reports/route";
import { connectClips, connectMatches, userReports } from "@/lib/db/schema";
import { runCleanup } from "@/lib/jobs/cleanup";
import { getStorage } from "@/lib/storage";
import { afterQueue } from "../../fixtures/after";
import { connectPerson, requestMatch, runQueuedWork, uploadClip, type ConnectPerson } from "../../fixtures/connect";
import { call } from "../../fixtures/http";
import { useTestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
afterEach(() => {
  afterQueue.length = 0;
});

async function processedClip(person: ConnectPerson, transcript = "I feel lonely and sad tonight") {
  const { id } = (await (await uploadClip(person, { transcript })).json()) as { id: string };
  await runQueuedWork();
  const [row] = await database.db.select().from(connectClips).where(eq(connectClips.id, id));
  return row!;
}

describe("cleanup cron (Connect part)", { timeout: 60_000 }, () => {
  it("deletes clip audio 60 s after processing, keeps the vector, expires matches; a second run does nothing", async () => {
    const a = await connectPerson(database.db);
    const b = await connectPerson(database.db);
    const clip = await processedClip(a);
    await processedClip(b);
    const match = await (await requestMatch(b, (await processedClip(b)).id)).json();
    const key = clip.storageKey!;
    expect(await getStorage().exists(key)).toBe(true);

    const soon = await runCleanup({ db: database.db, now: new Date(clip.processedAt!.getTime() + 30_000) });
    expect(soon.deletedClips).toBe(0);
    expect(await getStorage().exists(key)).toBe(true);

    const later = new Date(Date.now() + 11 * 60_000);
    const first = await runCleanup({ db: database.db, now: later });
    expect(first).toMatchObject({ deletedClips: 3, expiredMatches: 1, closedRooms: 0 });
    expect(await getStorage().exists(key)).toBe(false);
    const [kept] = await database.db.select().from(connectClips).where(eq(connectClips.id, clip.id));
    expect(kept).toMatchObject({ storageKey: null, transcript: "I feel lonely and sad tonight" });
    expect(kept?.emotions?.[0]).toBeGreaterThan(0);
    expect(kept?.audioDeletedAt).not.toBeNull();
    const [expired] = await database.db.select().from(connectMatches).where(eq(connectMatches.id, match.id));
    expect(expired?.status).toBe("expired");

    expect(await runCleanup({ db: database.db, now: later })).toMatchObject({ deletedClips: 0, expiredMatches: 0, closedRooms: 0 });

    await runCleanup({ db: database.db, now: new Date(Date.now() + 25 * 60 * 60_000) });
    expect(await database.db.select().from(connectClips).where(eq(connectClips.id, clip.id))).toEqual([]);
  });
});

describe("account export and deletion", { timeout: 60_000 }, () => {
  it("exports the user's Connect rows and, on deletion, removes their audio and keeps reports against them with the reporter's side only", async () => {
    const reporter = await connectPerson(database.db);
    const reported = await connectPerson(database.db, { displayName: "Reported" });
    const clip = await processedClip(reported, "You are all terrible and I am angry");
    const filed = await call(report, "/api/connect/reports", { method: "POST", cookie: reporter.cookie, json: { userId: reported.id, reason: "harassment", note: "rude" } });
    expect(filed.status).toBe(201);

    const exported = await (await call(exportGet, "/api/me/export", { cookie: reported.cookie, ip: reported.ip })).json();
    expect(exported.connect.profile.displayName).toBe("Reported");
    expect(exported.connect.clips[0]).toMatchObject({ id: clip.id, transcript: "You are all terrible and I am angry" });
    const reporterExport = await (await call(exportGet, "/api/me/export", { cookie: reporter.cookie, ip: reporter.ip })).json();
    expect(reporterExport.connect.reportsFiled).toHaveLength(1);

    const gone = await call(deleteMe, "/api/me", { method: "DELETE", cookie: reported.cookie, json: { confirm: "DELETE" } });
    expect(gone.status).toBe(200);
    expect(await getStorage().exists(clip.storageKey!)).toBe(false);
    expect(await database.db.select().from(connectClips).where(eq(connectClips.userId, reported.id))).toEqual([]);
    const [kept] = await database.db.select().from(userReports).where(eq(userReports.reporterId, reporter.id));
    expect(kept).toMatchObject({ reportedId: null, transcript: null, reason: "harassment", note: "rude" });
  });
});
