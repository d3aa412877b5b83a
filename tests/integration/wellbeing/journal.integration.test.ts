import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { wellbeingEntries } from "@/lib/db/schema";
import { MAX_ENTRY_CHARS } from "@/lib/wellbeing/vocabulary";
import { afterQueue, runAfterCallbacks } from "../../fixtures/after";
import { errorOf } from "../../fixtures/http";
import { signUpUser } from "../../fixtures/users";
import { createEntry, deleteEntryAs, getEntryAs, newEntry, patchEntryAs, searchEntries } from "../../fixtures/wellbeing";
import { useTestDatabase } from "../../setup/database";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => import("../../fixtures/after").then((m) => m.queueAfter(task)),
}));

const database = useTestDatabase();
afterEach(() => {
  afterQueue.length = 0;
});

type Entry = { id: string; content: string; revision: number; analysis: { mood: number; summary: string; themes: string[]; engine: string } | null; care: { resources: { who: string }[] } | null };

describe("journal entries", () => {
  it("analyses an entry after the response, offline, and a later autosave replaces that analysis", async () => {
    const user = await signUpUser();
    const id = await newEntry(user, { title: "Good day", content: "The demo went wonderfully. The client loved the new dashboard and signed. I felt proud and grateful for the team." });
    expect(((await (await getEntryAs(user, id)).json()) as Entry).analysis).toBeNull();
    await runAfterCallbacks();
    const analysed = (await (await getEntryAs(user, id)).json()) as Entry;
    expect(analysed.analysis).toMatchObject({ engine: "offline" });
    expect(analysed.analysis!.mood).toBeGreaterThanOrEqual(4);
    expect(analysed.analysis!.summary).toContain("The client loved the new dashboard");

    const saved = await patchEntryAs(user, id, { content: "Everything went wrong today. The launch failed and I feel awful, sad and exhausted." });
    expect(saved.status).toBe(200);
    expect(((await (await getEntryAs(user, id)).json()) as Entry).analysis).toBeNull();
    await runAfterCallbacks();
    const reanalysed = (await (await getEntryAs(user, id)).json()) as Entry;
    expect(reanalysed.analysis!.mood).toBeLessThanOrEqual(2);
    expect(reanalysed.revision).toBe(2);
  });

  it("stores no analysis for a revision that was overtaken by a newer save", async () => {
    const user = await signUpUser();
    const id = await newEntry(user, { content: "First words." });
    await patchEntryAs(user, id, { content: "First words, and more." });
    const [first] = afterQueue.splice(0, 1);
    await first!();
    const [row] = await database.db.select().from(wellbeingEntries).where(eq(wellbeingEntries.id, id));
    expect(row!.analysis).toBeNull();
    await runAfterCallbacks();
    const [after] = await database.db.select().from(wellbeingEntries).where(eq(wellbeingEntries.id, id));
    expect(after!.analysis?.summary).toContain("more");
  });

  it("shows the care card for a distress entry, with the country's lines, and never for an idiom", async () => {
    const user = await signUpUser();
    const distress = await newEntry(user, { content: "I can't cope anymore. I don't want to be alive." });
    const idiom = await newEntry(user, { content: "This deadline is killing me but we will ship." });
    const shown = (await (await getEntryAs(user, distress, "?country=GB")).json()) as Entry;
    expect(shown.care?.resources.map((r) => r.who)).toContain("Samaritans");
    expect(((await (await getEntryAs(user, idiom)).json()) as Entry).care).toBeNull();
  });

  it("finds entries by full text and by tag", async () => {
    const user = await signUpUser();
    await newEntry(user, { title: "Sleep", content: "Slept nine hours and felt rested.", tags: ["Sleep"] });
    await newEntry(user, { content: "Long meeting about pricing.", tags: ["work"] });
    const byText = (await (await searchEntries(user, "?q=pricing")).json()) as { entries: { excerpt: string }[] };
    expect(byText.entries.map((e) => e.excerpt)).toEqual(["Long meeting about pricing."]);
    const byTag = (await (await searchEntries(user, "?tag=sleep")).json()) as { entries: { title: string }[] };
    expect(byTag.entries.map((e) => e.title)).toEqual(["Sleep"]);
  });

  it("refuses an entry over 50,000 characters, on create and on autosave, and stores nothing", async () => {
    const user = await signUpUser();
    const tooLong = "a".repeat(MAX_ENTRY_CHARS + 1);
    const created = await createEntry(user, { content: tooLong });
    expect(created.status).toBe(400);
    expect((await errorOf(created)).details?.[0]?.field).toBe("content");
    expect(((await (await searchEntries(user)).json()) as { entries: unknown[] }).entries).toEqual([]);
    const id = await newEntry(user, { content: "short" });
    const patched = await patchEntryAs(user, id, { content: tooLong });
    expect(patched.status).toBe(400);
    expect(((await (await getEntryAs(user, id)).json()) as Entry).content).toBe("short");
  });

  it("refuses a mood outside 1–5", async () => {
    const user = await signUpUser();
    const res = await createEntry(user, { content: "x", mood: 6 });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("VALIDATION_ERROR");
  });

  it("keeps another user's entry out of reach: 404 to read, change, delete or find it", async () => {
    const alice = await signUpUser();
    const bob = await signUpUser();
    const id = await newEntry(alice, { content: "Alice's private thoughts about pricing." });
    expect((await getEntryAs(bob, id)).status).toBe(404);
    expect((await patchEntryAs(bob, id, { content: "hacked" })).status).toBe(404);
    expect((await deleteEntryAs(bob, id)).status).toBe(404);
    expect(((await (await searchEntries(bob, "?q=pricing")).json()) as { entries: unknown[] }).entries).toEqual([]);
    expect((await getEntryAs(bob, "not-a-uuid")).status).toBe(404);
    expect(((await (await getEntryAs(alice, id)).json()) as Entry).content).toBe("Alice's private thoughts about pricing.");
  });
});
