// Translate's state-changing routes refuse a request from a page on another origin (403) and change nothing.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as acceptRoute } from "@/app/api/contacts/[id]/accept/route";
import { POST as blockRoute } from "@/app/api/contacts/[id]/block/route";
import { POST as declineRoute } from "@/app/api/contacts/[id]/decline/route";
import { DELETE as removeRoute, PATCH as renameRoute } from "@/app/api/contacts/[id]/route";
import { POST as acceptInviteRoute } from "@/app/api/contacts/invites/[code]/accept/route";
import { POST as inviteRoute } from "@/app/api/contacts/invites/route";
import { POST as requestRoute } from "@/app/api/contacts/route";
import { POST as sendRoute } from "@/app/api/conversations/[id]/messages/route";
import { POST as readRoute } from "@/app/api/conversations/[id]/read/route";
import { PATCH as updateRoute } from "@/app/api/conversations/[id]/route";
import { POST as typingRoute } from "@/app/api/conversations/[id]/typing/route";
import { POST as createRoute } from "@/app/api/conversations/route";
import { POST as flagRoute } from "@/app/api/messages/[id]/flag/route";
import { POST as translateRoute } from "@/app/api/translate/route";
import { chatMembers, chatMessages, contactInvites, contacts, chatConversations, translationCache, translationFlags, userBlocks } from "@/lib/db/schema";
import { call, errorOf, type RouteHandler } from "../../fixtures/http";
import { befriend, chatUser, contactsOf, history, requestContact, sendChat } from "../../fixtures/translate";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();
const FOREIGN = { origin: "https://attacker.example" };

async function expectForbidden(handler: RouteHandler, cookie: string, params: Record<string, string>, json: unknown = {}, method = "POST") {
  const res = await call(handler, "/api/x", { method, cookie, json, headers: FOREIGN }, params);
  expect(res.status).toBe(403);
  expect((await errorOf(res)).code).toBe("FORBIDDEN");
}

describe("Translate routes refuse a foreign Origin and change nothing", () => {
  it("contacts, invites and blocks", async () => {
    const a = await chatUser(database.db, "en");
    const b = await chatUser(database.db, "es");
    await expectForbidden(requestRoute, a.cookie, {}, { email: b.email });
    expect(await contactsOf(a)).toEqual([]);
    await requestContact(a, b.email);
    const incoming = (await contactsOf(b))[0]!;
    await expectForbidden(acceptRoute, b.cookie, { id: incoming.id });
    await expectForbidden(declineRoute, b.cookie, { id: incoming.id });
    await expectForbidden(renameRoute, b.cookie, { id: incoming.id }, { nickname: "x" }, "PATCH");
    await expectForbidden(removeRoute, b.cookie, { id: incoming.id }, undefined, "DELETE");
    await expectForbidden(blockRoute, b.cookie, { id: incoming.id });
    expect((await contactsOf(b))[0]).toMatchObject({ status: "incoming", nickname: null });
    expect(await database.db.select().from(userBlocks)).toEqual([]);
    await expectForbidden(inviteRoute, a.cookie, {});
    expect(await database.db.select().from(contactInvites)).toEqual([]);
    const invite = (await (await call(inviteRoute, "/x", { method: "POST", cookie: a.cookie, json: {} })).json()) as { code: string };
    const c = await chatUser(database.db, "fr");
    await expectForbidden(acceptInviteRoute, c.cookie, { code: invite.code });
    expect(await database.db.select().from(contacts).where(eq(contacts.ownerId, c.id))).toEqual([]);
  });

  it("conversations, messages, typing, read receipts, flags and translate", async () => {
    const a = await chatUser(database.db, "en");
    const b = await chatUser(database.db, "es");
    await befriend(a, b);
    await expectForbidden(createRoute, a.cookie, {}, { memberIds: [b.id] });
    expect(await database.db.select().from(chatConversations)).toEqual([]);
    const created = await call(createRoute, "/x", { method: "POST", cookie: a.cookie, json: { memberIds: [b.id] } });
    const { id } = (await created.json()) as { id: string };
    await expectForbidden(sendRoute, a.cookie, { id }, { text: "hi", clientId: "c1" });
    expect(await database.db.select().from(chatMessages)).toEqual([]);
    await expectForbidden(updateRoute, a.cookie, { id }, { language: "fr" }, "PATCH");
    await expectForbidden(readRoute, b.cookie, { id });
    await expectForbidden(typingRoute, b.cookie, { id });
    expect(await database.db.select({ language: chatMembers.language, lastReadAt: chatMembers.lastReadAt }).from(chatMembers).where(eq(chatMembers.userId, b.id))).toEqual([{ language: null, lastReadAt: null }]);
    await sendChat(a, id, "Where is the library?");
    const [message] = (await history(b, id)).body!.messages;
    await expectForbidden(flagRoute, b.cookie, { id: message!.id }, { reason: "bad" });
    expect(await database.db.select().from(translationFlags)).toEqual([]);
    const cached = await database.db.select().from(translationCache);
    await expectForbidden(translateRoute, a.cookie, {}, { text: "Good morning", to: "es" });
    expect(await database.db.select().from(translationCache)).toEqual(cached);
  });
});
