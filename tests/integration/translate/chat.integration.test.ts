// Translated chat through its routes: one translation per language, members only, idempotent sends,
// paging, flags, search, blocks and realtime delivery.
import { and, eq } from "drizzle-orm";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it } from "vitest";
import { PATCH as updateConversation } from "@/app/api/conversations/[id]/route";
import { GET as searchRoute } from "@/app/api/conversations/search/route";
import { POST as flagRoute } from "@/app/api/messages/[id]/flag/route";
import { deleteAccount } from "@/lib/account/delete-account";
import { exportUserData } from "@/lib/account/export-user-data";
import { chatMembers, chatMessages, chatMessageTranslations, notifications, translationFlags } from "@/lib/db/schema";
import { authorizeChannels } from "@/lib/realtime/channels";
import "@/lib/realtime/channel-kinds";
import { openEventStream } from "@/lib/realtime/sse";
import { blockUser } from "@/lib/safety/blocks";
import { isApertiumInstalled } from "@/lib/translation/apertium";
import { call, errorOf } from "../../fixtures/http";
import { sseReader } from "../../fixtures/sse";
import { chatUser, history, sendChat, startConversation } from "../../fixtures/translate";
import { network } from "../../setup/integration";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();
const DEEPL = "https://api-free.deepl.com/v2/translate";
const GOOGLE = "https://translation.googleapis.com/language/translate/v2";
afterEach(() => {
  delete process.env.DEEPL_API_KEY;
  delete process.env.GOOGLE_TRANSLATE_API_KEY;
});

/** DeepL answers "[<target>] <text>" and records every request. */
function fakeDeepl() {
  const requests: { target_lang: string; text: string[] }[] = [];
  process.env.DEEPL_API_KEY = "k:fx";
  network.use(
    http.post(DEEPL, async ({ request }) => {
      const body = (await request.json()) as { target_lang: string; text: string[] };
      requests.push(body);
      return HttpResponse.json({ translations: [{ text: `[${body.target_lang}] ${body.text[0]}` }] });
    }),
  );
  return requests;
}

describe("translated chat", () => {
  it("translates a message to a 3-language group exactly twice, once per other language", async () => {
    const requests = fakeDeepl();
    const en = await chatUser(database.db, "en");
    const es1 = await chatUser(database.db, "es");
    const es2 = await chatUser(database.db, "es");
    const fr = await chatUser(database.db, "fr");
    const id = await startConversation(en, [es1, es2, fr], "Trip");
    const sent = await sendChat(en, id, "See you tomorrow");
    expect(sent.status).toBe(201);
    expect(requests.map((r) => r.target_lang).sort()).toEqual(["ES", "FR"]);
    expect(await database.db.select().from(chatMessageTranslations)).toHaveLength(2);
    const [forEs2, forFr, forSender] = await Promise.all([history(es2, id), history(fr, id), history(en, id)]);
    expect(forEs2.body!.messages[0]).toMatchObject({ text: "[ES] See you tomorrow", originalText: "See you tomorrow", originalLang: "en", translated: true, engine: "deepl" });
    expect(forFr.body!.messages[0]).toMatchObject({ text: "[FR] See you tomorrow", translated: true });
    expect(forSender.body!.messages[0]).toMatchObject({ text: "See you tomorrow", translated: false, engine: null });
  });

  it.runIf(isApertiumInstalled())("translates English ↔ Spanish with Apertium, no keys set", async () => {
    const en = await chatUser(database.db, "en");
    const es = await chatUser(database.db, "es");
    const id = await startConversation(en, [es]);
    await sendChat(en, id, "Where is the library?");
    await sendChat(es, id, "La biblioteca está cerca.");
    const forEs = (await history(es, id)).body!.messages;
    const forEn = (await history(en, id)).body!.messages;
    expect(forEs[0]).toMatchObject({ engine: "apertium", translated: true, originalText: "Where is the library?" });
    expect(forEs[0]!.text).toMatch(/biblioteca/);
    expect(forEn[1]).toMatchObject({ engine: "apertium", translated: true, originalLang: "es" });
    expect(forEn[1]!.text).toMatch(/library/i);
  });

  it("keeps others out: B gets 404 for A's conversation and cannot follow its channel", async () => {
    const a = await chatUser(database.db, "en");
    const friend = await chatUser(database.db, "en");
    const b = await chatUser(database.db, "en");
    const id = await startConversation(a, [friend]);
    await sendChat(a, id, "private");
    expect((await history(b, id)).res.status).toBe(404);
    const posted = await sendChat(b, id, "let me in");
    expect(posted.status).toBe(404);
    await expect(authorizeChannels({ db: database.db, user: { id: b.id } as never, channels: [`conversation:${id}`] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(authorizeChannels({ db: database.db, user: { id: friend.id } as never, channels: [`conversation:${id}`] })).resolves.toBeUndefined();
    expect(await database.db.select().from(chatMessages).where(eq(chatMessages.conversationId, id))).toHaveLength(1);
  });

  it("stores a retried send once (client id), refuses over 5,000 characters, and pages history backwards", async () => {
    const a = await chatUser(database.db, "en");
    const b = await chatUser(database.db, "en");
    const id = await startConversation(a, [b]);
    expect((await sendChat(a, id, "one", "same-client-id")).status).toBe(201);
    expect((await sendChat(a, id, "one", "same-client-id")).status).toBe(200);
    const long = await sendChat(a, id, "x".repeat(5_001));
    expect(long.status).toBe(400);
    expect((await errorOf(long)).code).toBe("VALIDATION_ERROR");
    await sendChat(a, id, "two");
    await sendChat(a, id, "three");
    const latest = (await history(b, id, "?limit=2")).body!;
    expect(latest.messages.map((m) => m.text)).toEqual(["two", "three"]);
    expect(latest.hasMore).toBe(true);
    const older = (await history(b, id, `?limit=2&before=${latest.messages[0]!.id}`)).body!;
    expect(older).toMatchObject({ hasMore: false, messages: [{ text: "one" }] });
  });

  it("refuses messages between blocked users", async () => {
    const a = await chatUser(database.db, "en");
    const b = await chatUser(database.db, "en");
    const id = await startConversation(a, [b]);
    await blockUser({ db: database.db, userId: b.id, otherUserId: a.id });
    const res = await sendChat(a, id, "hello?");
    expect(res.status).toBe(403);
    expect(await database.db.select().from(chatMessages).where(eq(chatMessages.conversationId, id))).toEqual([]);
  });

  it("a flagged translation is stored with both texts and redone by another engine, which later sends keep avoiding", async () => {
    fakeDeepl();
    process.env.GOOGLE_TRANSLATE_API_KEY = "g";
    network.use(http.post(GOOGLE, () => HttpResponse.json({ data: { translations: [{ translatedText: "Hola (google)" }] } })));
    const en = await chatUser(database.db, "en");
    const es = await chatUser(database.db, "es");
    const id = await startConversation(en, [es]);
    await sendChat(en, id, "Hello there");
    const [message] = (await history(es, id)).body!.messages;
    expect(message!.engine).toBe("deepl");
    const flagged = await call(flagRoute, "/x", { method: "POST", cookie: es.cookie, json: { reason: "too literal" } }, { id: message!.id });
    expect(await flagged.json()).toMatchObject({ flagged: true, retranslated: true, engine: "google" });
    expect(await database.db.select().from(translationFlags)).toEqual([
      expect.objectContaining({ engine: "deepl", sourceText: "Hello there", translatedText: "[ES] Hello there", reason: "too literal" }),
    ]);
    expect((await history(es, id)).body!.messages[0]).toMatchObject({ text: "Hola (google)", engine: "google" });
    await sendChat(en, id, "Hello there");
    expect((await history(es, id)).body!.messages[1]).toMatchObject({ engine: "google" });
    const outsider = await chatUser(database.db, "es");
    expect((await call(flagRoute, "/x", { method: "POST", cookie: outsider.cookie, json: {} }, { id: message!.id })).status).toBe(404);
  });

  it("searches my messages in my language and follows a per-conversation language override", async () => {
    const requests = fakeDeepl();
    const en = await chatUser(database.db, "en");
    const es = await chatUser(database.db, "es");
    const id = await startConversation(en, [es]);
    await sendChat(en, id, "The blue train leaves at noon");
    const found = await call(searchRoute, "/api/conversations/search?q=%5BES%5D%20The%20blue", { cookie: es.cookie });
    expect(((await found.json()) as { messages: unknown[] }).messages).toHaveLength(1);
    const none = await call(searchRoute, "/api/conversations/search?q=blue", { cookie: (await chatUser(database.db, "en")).cookie });
    expect(((await none.json()) as { messages: unknown[] }).messages).toEqual([]);
    const changed = await call(updateConversation, "/x", { method: "PATCH", cookie: es.cookie, json: { language: "de" } }, { id });
    expect(await changed.json()).toMatchObject({ language: "de" });
    expect((await call(updateConversation, "/x", { method: "PATCH", cookie: es.cookie, json: { language: "tlh" } }, { id })).status).toBe(400);
    await sendChat(en, id, "Good night");
    expect(requests.at(-1)).toMatchObject({ target_lang: "DE" });
    // The message sent before the switch is translated into German when first read, once.
    const messages = (await history(es, id)).body!.messages;
    expect(messages.map((m) => m.text)).toEqual(["[DE] The blue train leaves at noon", "[DE] Good night"]);
    await history(es, id);
    expect(requests.filter((r) => r.target_lang === "DE")).toHaveLength(2);
  });

  it("announces a new message on conversation:{id} and notifies members who are away", async () => {
    const a = await chatUser(database.db, "en");
    const b = await chatUser(database.db, "en");
    const id = await startConversation(a, [b]);
    const abort = new AbortController();
    const events = sseReader(await openEventStream({ database: database.database, channels: [`conversation:${id}`], lastEventId: null, signal: abort.signal }));
    await sendChat(a, id, "ping", "ping-1");
    const event = await events.next();
    expect(event).toMatchObject({ channel: `conversation:${id}`, type: "message.created", payload: { senderId: a.id, clientId: "ping-1" } });
    abort.abort();
    expect(await database.db.select().from(notifications).where(and(eq(notifications.userId, b.id), eq(notifications.kind, "translate.message")))).toEqual([]);
    await database.db.update(chatMembers).set({ lastSeenAt: new Date(Date.now() - 10 * 60_000) }).where(eq(chatMembers.userId, b.id));
    await sendChat(a, id, "are you there?");
    const notes = await database.db.select().from(notifications).where(eq(notifications.userId, b.id));
    expect(notes).toEqual([expect.objectContaining({ kind: "translate.message", body: "are you there?" })]);
  });

  it("a deleted account's messages read 'message deleted'; the export holds my own messages", async () => {
    const a = await chatUser(database.db, "en");
    const b = await chatUser(database.db, "en");
    const id = await startConversation(a, [b]);
    await sendChat(a, id, "remember me");
    const exported = (await exportUserData({ db: database.db, userId: a.id })) as unknown as { translate: { messages: { originalText: string }[]; contacts: unknown[] } };
    expect(exported.translate.messages.map((m) => m.originalText)).toEqual(["remember me"]);
    expect(exported.translate.contacts).toHaveLength(1);
    await deleteAccount({ db: database.db, userId: a.id });
    expect((await history(b, id)).body!.messages).toEqual([expect.objectContaining({ text: "message deleted", originalText: "", deleted: true, senderId: null })]);
  });
});
