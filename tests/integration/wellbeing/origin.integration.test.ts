// Every state-changing Wellbeing route refuses a request from a page on another origin (403 in the
// error shape) and changes nothing.
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as getSettings, PUT as putSettings } from "@/app/api/wellbeing/settings/route";
import { PATCH as endMeditation } from "@/app/api/wellbeing/meditations/[id]/route";
import { POST as startMeditation } from "@/app/api/wellbeing/meditations/route";
import { POST as saveTrack } from "@/app/api/wellbeing/music/saved/route";
import { GET as getMusic } from "@/app/api/wellbeing/music/route";
import { GET as getInsights } from "@/app/api/wellbeing/insights/route";
import { PATCH as patchEntry, DELETE as deleteEntry } from "@/app/api/wellbeing/entries/[id]/route";
import { POST as postEntry } from "@/app/api/wellbeing/entries/route";
import { POST as postCheckin } from "@/app/api/wellbeing/checkins/route";
import { afterQueue } from "../../fixtures/after";
import { call, errorOf } from "../../fixtures/http";
import { signUpUser } from "../../fixtures/users";
import { checkins, getEntryAs, newEntry, searchEntries } from "../../fixtures/wellbeing";
import { useTestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

useTestDatabase();
afterEach(() => {
  afterQueue.length = 0;
});

const FOREIGN = { origin: "https://attacker.example" };

async function expectForbidden(res: Response) {
  expect(res.status).toBe(403);
  expect((await errorOf(res)).code).toBe("FORBIDDEN");
}

describe("Wellbeing routes refuse a foreign Origin and change nothing", () => {
  it("check-ins and entries", async () => {
    const user = await signUpUser();
    await expectForbidden(await call(postCheckin, "/api/wellbeing/checkins", { method: "POST", json: { mood: 3 }, cookie: user.cookie, headers: FOREIGN }));
    expect(((await (await checkins(user)).json()) as { checkins: unknown[] }).checkins).toEqual([]);
    await expectForbidden(await call(postEntry, "/api/wellbeing/entries", { method: "POST", json: { content: "x" }, cookie: user.cookie, headers: FOREIGN }));
    expect(((await (await searchEntries(user)).json()) as { entries: unknown[] }).entries).toEqual([]);

    const id = await newEntry(user, { content: "kept" });
    await expectForbidden(await call(patchEntry, `/api/wellbeing/entries/${id}`, { method: "PATCH", json: { content: "changed" }, cookie: user.cookie, headers: FOREIGN }, { id }));
    await expectForbidden(await call(deleteEntry, `/api/wellbeing/entries/${id}`, { method: "DELETE", cookie: user.cookie, headers: FOREIGN }, { id }));
    expect(((await (await getEntryAs(user, id)).json()) as { content: string }).content).toBe("kept");
  });

  it("meditations, saved tracks and settings", async () => {
    const user = await signUpUser();
    await expectForbidden(await call(startMeditation, "/api/wellbeing/meditations", { method: "POST", json: { programId: "focus-3", moodBefore: 3 }, cookie: user.cookie, headers: FOREIGN }));
    const started = await call(startMeditation, "/api/wellbeing/meditations", { method: "POST", json: { programId: "focus-3", moodBefore: 3 }, cookie: user.cookie });
    const { id } = (await started.json()) as { id: string };
    await expectForbidden(
      await call(endMeditation, `/api/wellbeing/meditations/${id}`, { method: "PATCH", json: { moodAfter: 5, completed: true, durationSeconds: 180, interruptions: 0 }, cookie: user.cookie, headers: FOREIGN }, { id }),
    );
    const insights = await (await call(getInsights, "/api/wellbeing/insights", { cookie: user.cookie })).json();
    expect(insights).toMatchObject({ sessions: 1, completed: 0 });

    await expectForbidden(await call(saveTrack, "/api/wellbeing/music/saved", { method: "POST", json: { trackId: "macleod-carefree" }, cookie: user.cookie, headers: FOREIGN }));
    expect((await (await call(getMusic, "/api/wellbeing/music", { cookie: user.cookie })).json()).saved).toEqual([]);

    await expectForbidden(await call(putSettings, "/api/wellbeing/settings", { method: "PUT", json: { shareMoodWithCoach: true }, cookie: user.cookie, headers: FOREIGN }));
    expect((await (await call(getSettings, "/api/wellbeing/settings", { cookie: user.cookie })).json()).shareMoodWithCoach).toBe(false);
  });
});
