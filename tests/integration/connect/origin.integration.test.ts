// Every state-changing Connect and moderation route refuses a request from another origin (403 in
// the error shape) and changes nothing.
import { afterEach, describe, expect, it, vi } from "vitest";
import { DELETE as unblock } from "@/app/api/connect/blocks/[id]/route";
import { POST as block } from "@/app/api/connect/blocks/route";
import { PUT as adjust } from "@/app/api/connect/clips/[id]/emotions/route";
import { POST as retry } from "@/app/api/connect/clips/[id]/retry/route";
import { POST as accept } from "@/app/api/connect/matches/[id]/accept/route";
import { POST as reject } from "@/app/api/connect/matches/[id]/reject/route";
import { POST as match } from "@/app/api/connect/matches/route";
import { PUT as putProfile } from "@/app/api/connect/profile/route";
import { POST as report } from "@/app/api/connect/reports/route";
import { POST as resolve } from "@/app/api/moderation/reports/[id]/route";
import { connectClips, connectMatches, connectProfiles, userBlocks, userReports } from "@/lib/db/schema";
import { afterQueue } from "../../fixtures/after";
import { connectPerson, uploadClip } from "../../fixtures/connect";
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

const FOREIGN = { origin: "https://attacker.example" };
const ID = "00000000-0000-4000-8000-000000000001";

async function expectForbidden(res: Response) {
  expect(res.status).toBe(403);
  expect((await errorOf(res)).code).toBe("FORBIDDEN");
}

describe("Connect routes refuse a foreign Origin and change nothing", { timeout: 60_000 }, () => {
  it("profile, clip upload, adjust, retry, match, accept, reject, block, unblock, report, resolve", async () => {
    const person = await connectPerson(database.db);
    const other = await connectPerson(database.db);
    const profileBefore = await database.db.select().from(connectProfiles);
    const cookie = person.cookie;
    const json = { method: "POST", cookie, headers: FOREIGN };

    await expectForbidden(await call(putProfile, "/api/connect/profile", { method: "PUT", cookie, headers: FOREIGN, json: { displayName: "Evil", birthDate: "1990-05-01", languages: ["en"] } }));
    await expectForbidden(await uploadClip(person, { transcript: "happy", headers: FOREIGN }));
    const params = { id: ID };
    await expectForbidden(await call(adjust, "/api/connect/clips/x/emotions", { method: "PUT", cookie, headers: FOREIGN, json: { emotions: {} } }, params));
    await expectForbidden(await call(retry, "/api/connect/clips/x/retry", { ...json, json: {} }, params));
    await expectForbidden(await call(match, "/api/connect/matches", { ...json, json: { clipId: ID, mode: "similar" } }));
    await expectForbidden(await call(accept, "/api/connect/matches/x/accept", json, params));
    await expectForbidden(await call(reject, "/api/connect/matches/x/reject", json, params));
    await expectForbidden(await call(block, "/api/connect/blocks", { ...json, json: { userId: other.id } }));
    await expectForbidden(await call(unblock, "/api/connect/blocks/x", { method: "DELETE", cookie, headers: FOREIGN }, { id: other.id }));
    await expectForbidden(await call(report, "/api/connect/reports", { ...json, json: { userId: other.id, reason: "spam" } }));
    await expectForbidden(await call(resolve, "/api/moderation/reports/x", { ...json, json: { action: "ban" } }, params));

    expect(await database.db.select().from(connectProfiles)).toEqual(profileBefore);
    expect(await database.db.select().from(connectClips)).toEqual([]);
    expect(await database.db.select().from(connectMatches)).toEqual([]);
    expect(await database.db.select().from(userBlocks)).toEqual([]);
    expect(await database.db.select().from(userReports)).toEqual([]);
  });
});
