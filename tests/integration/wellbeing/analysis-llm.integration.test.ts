import { and, asc, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetProviderStatus } from "@/lib/ai/provider-status";
import { realtimeEvents } from "@/lib/db/schema";
import { mockChatCompletions } from "../../fixtures/ai/chat-completions";
import { configureProviders } from "../../fixtures/ai/env";
import { expectChatRequest } from "../../fixtures/ai/harness";
import { replyJson, replyStatus } from "../../fixtures/ai/replies";
import { afterQueue, runAfterCallbacks } from "../../fixtures/after";
import { userIdOf } from "../../fixtures/coach-planning";
import { signUpUser } from "../../fixtures/users";
import { getEntryAs, newEntry, patchEntryAs } from "../../fixtures/wellbeing";
import { useTestDatabase } from "../../setup/database";
import { network } from "../../setup/integration";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

// The pause an LLM analysis waits for is a gate each test opens (open unless a test closes it).
const writerPause = vi.hoisted(() => ({ gate: Promise.resolve() }));
vi.mock("@/lib/wellbeing/writer-pause", () => ({ waitForWriterPause: () => writerPause.gate }));

const database = useTestDatabase();
afterEach(() => {
  afterQueue.length = 0;
  writerPause.gate = Promise.resolve();
  resetProviderStatus();
});

const LLM_ANALYSIS = {
  emotions: [{ emotion: "anxious", intensity: 0.7 }, { emotion: "hopeful", intensity: 0.4 }],
  mood: 3,
  themes: ["fundraising", "team"],
  summary: "You are worried about the round but you trust your team. You plan to call two investors tomorrow.",
  distress: false,
};

type Entry = { analysis: { engine: string; summary: string; themes: string[]; emotions: { emotion: string }[] } | null };

describe("journal analysis with an LLM configured", () => {
  it("sends the entry to the journal-analysis task and stores its answer, labelled llm", async () => {
    configureProviders({ groq: true });
    const requests = mockChatCompletions(network, { vendor: "groq", replies: [replyJson(LLM_ANALYSIS)] });
    const user = await signUpUser();
    const id = await newEntry(user, { title: "Round", content: "Worried about the round, but the team is strong. Calling two investors tomorrow." });
    await runAfterCallbacks();

    expectChatRequest(requests[0], "groq");
    const sent = JSON.stringify(requests[0]!.body.messages);
    expect(sent).toContain("Calling two investors tomorrow.");
    expect(sent).toContain("this deadline is killing me");
    const entry = (await (await getEntryAs(user, id)).json()) as Entry;
    expect(entry.analysis).toMatchObject({ engine: "llm", summary: LLM_ANALYSIS.summary, themes: ["fundraising", "team"] });
  });

  it("waits for a pause in the writing, so a save made meanwhile is the only one sent to the LLM", async () => {
    configureProviders({ groq: true });
    const requests = mockChatCompletions(network, { vendor: "groq", replies: [replyJson(LLM_ANALYSIS), replyJson(LLM_ANALYSIS)] });
    let pause!: () => void;
    writerPause.gate = new Promise<void>((resolve) => (pause = resolve));
    const user = await signUpUser();
    const id = await newEntry(user, { content: "Worried about the round" });
    const firstSave = afterQueue.shift()!();
    await patchEntryAs(user, id, { content: "Worried about the round, but the team is strong." });
    pause();
    await firstSave;
    await runAfterCallbacks();
    expect(requests).toHaveLength(1);
    expect(JSON.stringify(requests[0]!.body.messages)).toContain("but the team is strong.");
  });

  it("falls back to the offline analyser when the provider fails, and says so", async () => {
    configureProviders({ groq: true });
    mockChatCompletions(network, { vendor: "groq", replies: [replyStatus(401)] });
    const user = await signUpUser();
    const id = await newEntry(user, { content: "A calm, grateful day with the family." });
    await runAfterCallbacks();
    const entry = (await (await getEntryAs(user, id)).json()) as Entry;
    expect(entry.analysis?.engine).toBe("offline");
    expect(entry.analysis?.emotions.map((e) => e.emotion)).toContain("grateful");
  });

  it("announces every save and the analysis on the user's channel, so other tabs refresh", async () => {
    const user = await signUpUser();
    const userId = await userIdOf(user);
    const id = await newEntry(user, { content: "first" });
    await patchEntryAs(user, id, { content: "first, then more" });
    await runAfterCallbacks();
    const events = await database.db
      .select({ type: realtimeEvents.type, payload: realtimeEvents.payload })
      .from(realtimeEvents)
      .where(and(eq(realtimeEvents.channel, `user:${userId}`), eq(realtimeEvents.type, "wellbeing.entry")))
      .orderBy(asc(realtimeEvents.id));
    expect(events.map((e) => e.payload)).toEqual([
      { entryId: id, revision: 1 },
      { entryId: id, revision: 2 },
      { entryId: id, revision: 2 },
    ]);
  });
});
