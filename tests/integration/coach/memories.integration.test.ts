import { describe, expect, it } from "vitest";
import { PATCH as patchMemory, DELETE as deleteMemory } from "@/app/api/coach/memories/[id]/route";
import { GET as listRoute } from "@/app/api/coach/memories/route";
import { rememberMessages, searchMemories } from "@/lib/coach/memory";
import { coachConversations, coachMessages } from "@/lib/db/schema";
import { userIdOf } from "../../fixtures/coach-chat";
import { call, errorOf } from "../../fixtures/http";
import { signUpUser, type TestUser } from "../../fixtures/users";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();

async function remember(user: TestUser, texts: string[]) {
  const userId = await userIdOf(user);
  const db = database.db;
  const [conversation] = await db.insert(coachConversations).values({ userId, sessionType: "check_in", title: "Tuesday check-in" }).returning();
  const start = Date.UTC(2026, 10, 1);
  const rows = await db
    .insert(coachMessages)
    .values(texts.map((content, i) => ({ conversationId: conversation!.id, userId, role: "user" as const, content, createdAt: new Date(start + i * 60_000) })))
    .returning();
  await rememberMessages({ db, messages: rows });
  return { userId, conversationId: conversation!.id, ids: rows.map((r) => r.id) };
}

const list = (user: TestUser, query = "") => call(listRoute, `/api/coach/memories${query}`, { cookie: user.cookie });
const edit = (user: TestUser, id: string, json: unknown, headers?: HeadersInit) =>
  call(patchMemory, `/api/coach/memories/${id}`, { method: "PATCH", cookie: user.cookie, json, headers }, { id });
const forget = (user: TestUser, id: string, headers?: HeadersInit) =>
  call(deleteMemory, `/api/coach/memories/${id}`, { method: "DELETE", cookie: user.cookie, headers }, { id });

describe("memory you control", () => {
  it("lists what deep memory holds, newest first, with its source, and searches it", async ({ skip }) => {
    skip(!database.database.vector, "no pgvector on this database");
    const user = await signUpUser();
    const { conversationId, ids } = await remember(user, ["Our Lisbon office lease ends in March.", "I want to hire two engineers this quarter."]);

    const body = await (await list(user)).json();
    expect(body).toMatchObject({ status: "available", total: 2, page: 1 });
    expect(body.memories.map((m: { id: string }) => m.id)).toEqual([ids[1], ids[0]]);
    expect(body.memories[0]).toMatchObject({ text: "I want to hire two engineers this quarter.", original: null, source: { conversationId, title: "Tuesday check-in" } });

    const found = await (await list(user, "?q=lisbon")).json();
    expect(found.memories.map((m: { id: string }) => m.id)).toEqual([ids[0]]);
    expect((await (await list(user, "?q=100%25")).json()).total).toBe(0);
  });

  it("retrieves the edited text from the next answer on, and keeps the original", async ({ skip }) => {
    skip(!database.database.vector, "no pgvector on this database");
    const user = await signUpUser();
    const { userId, ids } = await remember(user, ["My cofounder Sam runs sales.", "We sell accounting software to dentists."]);

    const res = await edit(user, ids[0]!, { text: "My cofounder Priya runs sales and marketing." });
    expect(res.status).toBe(200);
    const found = await searchMemories({ db: database.db, userId, query: "Who is Priya and what does she run?" });
    expect(found.memories[0]).toMatchObject({ messageId: ids[0], snippet: "My cofounder Priya runs sales and marketing." });
    const listed = (await (await list(user, "?q=priya")).json()).memories[0];
    expect(listed).toMatchObject({ text: "My cofounder Priya runs sales and marketing.", original: "My cofounder Sam runs sales." });
    expect(listed.editedAt).not.toBeNull();
  });

  it("forgets a memory at once: no later search can retrieve it", async ({ skip }) => {
    skip(!database.database.vector, "no pgvector on this database");
    const user = await signUpUser();
    const { userId, ids } = await remember(user, ["The Barclays pitch went badly because the deck ran long."]);
    const query = "How did the Barclays pitch go?";
    expect((await searchMemories({ db: database.db, userId, query })).memories).toHaveLength(1);

    expect((await forget(user, ids[0]!)).status).toBe(204);
    expect((await searchMemories({ db: database.db, userId, query })).memories).toHaveLength(0);
    expect((await (await list(user)).json()).total).toBe(0);
    expect((await forget(user, ids[0]!)).status).toBe(404);
  });

  it("refuses an empty edit, a stranger, and a foreign origin, and changes nothing", async ({ skip }) => {
    skip(!database.database.vector, "no pgvector on this database");
    const owner = await signUpUser();
    const stranger = await signUpUser();
    const { ids } = await remember(owner, ["Churn doubled after the price rise."]);
    const id = ids[0]!;

    const empty = await edit(owner, id, { text: "   " });
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).code).toBe("VALIDATION_ERROR");
    expect((await edit(stranger, id, { text: "Mine now" })).status).toBe(404);
    expect((await forget(stranger, id)).status).toBe(404);
    expect((await (await list(stranger)).json()).total).toBe(0);
    expect((await edit(owner, id, { text: "Changed" }, { origin: "https://evil.example" })).status).toBe(403);
    expect((await forget(owner, id, { origin: "https://evil.example" })).status).toBe(403);

    const [memory] = (await (await list(owner)).json()).memories;
    expect(memory).toMatchObject({ id, text: "Churn doubled after the price rise.", original: null });
  });

  it("says deep memory is unavailable where there is no pgvector", async ({ skip }) => {
    skip(database.database.vector, "this database has pgvector");
    const user = await signUpUser();
    expect(await (await list(user)).json()).toMatchObject({ status: "unavailable", memories: [], total: 0 });
    const res = await edit(user, crypto.randomUUID(), { text: "anything" });
    expect(res.status).toBe(503);
  });
});
