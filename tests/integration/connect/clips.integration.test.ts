import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as getClip } from "@/app/api/connect/clips/[id]/route";
import { PUT as adjust } from "@/app/api/connect/clips/[id]/emotions/route";
import { POST as retry } from "@/app/api/connect/clips/[id]/retry/route";
import { connectClips } from "@/lib/db/schema";
import { getStorage } from "@/lib/storage";
import { afterQueue } from "../../fixtures/after";
import { chromeWebm, makeWav } from "../../fixtures/audio";
import { connectPerson, runQueuedWork, uploadClip } from "../../fixtures/connect";
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

const clipPath = (id: string) => `/api/connect/clips/${id}`;

describe("POST /api/connect/clips", { timeout: 60_000 }, () => {
  it("stores the clip, processes it with the browser transcript and shows the top three emotions", async () => {
    const person = await connectPerson(database.db);
    const res = await uploadClip(person, { audio: chromeWebm(), transcript: "I feel so lonely and sad tonight, nobody to talk to." });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; processingStatus: string };
    expect(created.processingStatus).toBe("pending");
    const [row] = await database.db.select().from(connectClips).where(eq(connectClips.id, created.id));
    expect(row?.contentType).toBe("audio/webm");
    expect(await getStorage().exists(row!.storageKey!)).toBe(true);

    await runQueuedWork();
    const clip = await (await call(getClip, clipPath(created.id), { cookie: person.cookie }, { id: created.id })).json();
    expect(clip).toMatchObject({ processingStatus: "completed", transcriptSource: "browser", engine: "offline-lexicon" });
    expect(clip.topEmotions[0]).toBe("lonely");
    expect(Object.keys(clip.emotions)).toEqual(["lonely", "happy", "excited", "sad", "anxious", "calm", "romantic", "playful"]);
  });

  it("refuses bad audio with 400/413 and stores nothing", async () => {
    const person = await connectPerson(database.db);
    const cases: [Uint8Array, number][] = [
      [makeWav(61), 400],
      [new TextEncoder().encode("definitely not audio"), 400],
      [new Uint8Array(10 * 1024 * 1024 + 10), 413],
    ];
    for (const [audio, status] of cases) {
      const res = await uploadClip(person, { audio });
      expect(res.status).toBe(status);
      expect((await errorOf(res)).code).toBe(status === 413 ? "PAYLOAD_TOO_LARGE" : "VALIDATION_ERROR");
    }
    expect(await database.db.select().from(connectClips).where(eq(connectClips.userId, person.id))).toEqual([]);
  });

  it("allows 10 clips in 5 minutes; the 11th is 429 with Retry-After", async () => {
    const person = await connectPerson(database.db);
    for (let i = 0; i < 10; i++) expect((await uploadClip(person, { transcript: "calm" })).status).toBe(201);
    const res = await uploadClip(person, { transcript: "calm" });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await database.db.select().from(connectClips).where(eq(connectClips.userId, person.id))).toHaveLength(10);
  });

  it("needs a verified email, then a profile", async () => {
    const unverified = await connectPerson(database.db, {}, { verified: false });
    const res = await uploadClip(unverified);
    expect(res.status).toBe(403);
    expect((await errorOf(res)).message).toContain("Verify your email");
  });

  it("fails without any words, then retries with typed text", async () => {
    const person = await connectPerson(database.db);
    const { id } = await (await uploadClip(person)).json();
    await runQueuedWork();
    const failed = await (await call(getClip, clipPath(id), { cookie: person.cookie }, { id })).json();
    expect(failed).toMatchObject({ processingStatus: "error", errorMessage: expect.stringContaining("Type how you feel") });
    const again = await call(retry, `${clipPath(id)}/retry`, { method: "POST", cookie: person.cookie, json: { transcript: "I am anxious and worried" } }, { id });
    expect(again.status).toBe(200);
    await runQueuedWork();
    const done = await (await call(getClip, clipPath(id), { cookie: person.cookie }, { id })).json();
    expect(done).toMatchObject({ processingStatus: "completed", transcriptSource: "typed", topEmotions: ["anxious"] });
  });

  it("lets the owner adjust the emotions, and nobody else read or adjust the clip", async () => {
    const owner = await connectPerson(database.db);
    const other = await connectPerson(database.db);
    const { id } = await (await uploadClip(owner, { transcript: "happy and excited" })).json();
    await runQueuedWork();
    const emotions = { lonely: 0.9, happy: 0, excited: 0, sad: 0.4, anxious: 0, calm: 0, romantic: 0, playful: 0 };
    const adjusted = await (await call(adjust, `${clipPath(id)}/emotions`, { method: "PUT", cookie: owner.cookie, json: { emotions } }, { id })).json();
    expect(adjusted).toMatchObject({ adjusted: true, topEmotions: ["lonely", "sad"] });

    expect((await call(getClip, clipPath(id), { cookie: other.cookie }, { id })).status).toBe(404);
    const foreign = await call(adjust, `${clipPath(id)}/emotions`, { method: "PUT", cookie: other.cookie, json: { emotions } }, { id });
    expect(foreign.status).toBe(404);
    const bad = await call(adjust, `${clipPath(id)}/emotions`, { method: "PUT", cookie: owner.cookie, json: { emotions: { ...emotions, sad: 3 } } }, { id });
    expect(bad.status).toBe(400);
  });
});
