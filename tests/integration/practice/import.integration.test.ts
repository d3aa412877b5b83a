import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as repracticeRoute } from "@/app/api/calls/[id]/repractice/route";
import { GET as callDetail } from "@/app/api/calls/[id]/route";
import { POST as importRoute } from "@/app/api/calls/import/route";
import { calls, personas } from "@/lib/db/schema";
import { afterQueue, runAfterCallbacks } from "../../fixtures/after";
import { userIdOf } from "../../fixtures/coach-chat";
import { call, errorOf } from "../../fixtures/http";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
afterEach(() => {
  afterQueue.length = 0;
});

const VTT = readFileSync(path.join(import.meta.dirname, "../../fixtures/transcripts/discovery-call.vtt"), "utf8");

const importCall = (user: TestUser, json: unknown, headers?: HeadersInit) =>
  call(importRoute, "/api/calls/import", { method: "POST", cookie: user.cookie, json, headers });

describe("POST /api/calls/import", () => {
  it("scores a VTT call like a practice call, with a persona composed from the buyer, and re-practises it", async () => {
    const rep = await signUpUser();
    const res = await importCall(rep, { format: "vtt", content: VTT });
    expect(res.status).toBe(201);
    const { call: imported, quickScore } = await res.json();
    expect(imported).toMatchObject({ status: "completed", source: "import", mode: "discovery", scoreStatus: "pending", title: "Imported call with Dana" });
    expect(quickScore.overall).toBeGreaterThan(0);

    await runAfterCallbacks();
    const detail = await (await call(callDetail, `/api/calls/${imported.id}`, { cookie: rep.cookie }, { id: imported.id })).json();
    expect(detail.score).toMatchObject({ status: "ready", scorer: "offline-rubric" });
    expect(detail.transcript).toHaveLength(10);
    expect(detail.transcript[0]).toMatchObject({ role: "rep", timestampMs: 1_000 });
    expect(detail.persona).toMatchObject({ name: "Dana", preset: false });
    const [persona] = await database.db.select().from(personas).where(eq(personas.id, detail.persona.id));
    expect(persona!.objections.join(" ")).toMatch(/price of tools like yours is too high/);
    expect(persona!.hiddenPains.join(" ")).toMatch(/chase documents over email/);
    expect(detail.hiddenPains.length).toBeGreaterThan(0);

    const again = await call(repracticeRoute, `/api/calls/${imported.id}/repractice`, { method: "POST", cookie: rep.cookie }, { id: imported.id });
    expect(again.status).toBe(201);
    expect(await again.json()).toMatchObject({ status: "pending", personaId: detail.persona.id, mode: "discovery", source: "practice" });
  });

  it("takes the rep's side from repSpeaker and reads labelled text and SRT", async () => {
    const rep = await signUpUser();
    const text = "Dana: Hello?\nSam: Hi Dana, it's Sam. What slows your onboarding down?\nDana: Chasing documents.\nSam: How long does it take?";
    const body = await (await importCall(rep, { format: "text", content: text, repSpeaker: "Sam", mode: "cold_call" })).json();
    const detail = await (await call(callDetail, `/api/calls/${body.call.id}`, { cookie: rep.cookie }, { id: body.call.id })).json();
    expect(detail.transcript.map((l: { role: string }) => l.role)).toEqual(["persona", "rep", "persona", "rep"]);

    const srt = "1\n00:00:01,000 --> 00:00:02,000\nSam: Hi.\n\n2\n00:00:02,500 --> 00:00:04,000\nDana: Hello.\n";
    expect((await importCall(rep, { format: "srt", content: srt })).status).toBe(201);
  });

  it("refuses transcripts it cannot read, an unknown rep speaker, oversize input, strangers and foreign origins, and stores nothing", async () => {
    const rep = await signUpUser();
    const unlabelled = await importCall(rep, { format: "text", content: "we talked about pricing\nthen about onboarding" });
    expect(unlabelled.status).toBe(400);
    expect((await errorOf(unlabelled)).message).toContain("Expected WebVTT");
    const wrongRep = await importCall(rep, { format: "vtt", content: VTT, repSpeaker: "Alex" });
    expect(wrongRep.status).toBe(400);
    expect((await errorOf(wrongRep)).details?.[0]?.message).toBe("Choose one of: Sam, Dana.");
    const huge = await importCall(rep, { format: "text", content: `Sam: ${"a".repeat(2 * 1024 * 1024)}\nDana: hi` });
    expect(huge.status).toBe(400);
    expect((await errorOf(huge)).details?.[0]?.message).toBe("Keep the transcript under 2 MB.");
    expect((await importCall(rep, { format: "doc", content: VTT })).status).toBe(400);
    expect((await importCall(rep, { format: "vtt", content: VTT }, { origin: "https://evil.example" })).status).toBe(403);

    const stranger = await signUpUser();
    const { call: theirs } = await (await importCall(stranger, { format: "vtt", content: VTT })).json();
    expect((await call(repracticeRoute, `/api/calls/${theirs.id}/repractice`, { method: "POST", cookie: rep.cookie }, { id: theirs.id })).status).toBe(404);
    expect(await database.db.select().from(calls).where(eq(calls.userId, await userIdOf(rep)))).toEqual([]);
  });
});
