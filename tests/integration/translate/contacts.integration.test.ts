// Contacts and invites through their routes: requests, accept / decline, nickname, remove, block, invites.
import { describe, expect, it } from "vitest";
import { POST as blockRoute } from "@/app/api/contacts/[id]/block/route";
import { POST as declineRoute } from "@/app/api/contacts/[id]/decline/route";
import { DELETE as removeRoute, PATCH as renameRoute } from "@/app/api/contacts/[id]/route";
import { POST as acceptRoute } from "@/app/api/contacts/[id]/accept/route";
import { POST as acceptInviteRoute } from "@/app/api/contacts/invites/[code]/accept/route";
import { POST as inviteRoute } from "@/app/api/contacts/invites/route";
import { contactInvites, contacts } from "@/lib/db/schema";
import { eq } from "drizzle-orm";
import { call, errorOf } from "../../fixtures/http";
import { befriend, chatUser, contactsOf, requestContact } from "../../fixtures/translate";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();

function invite(cookie: string, json: unknown = {}) {
  return call(inviteRoute, "/api/contacts/invites", { method: "POST", cookie, json });
}

function acceptInvite(cookie: string, code: string) {
  return call(acceptInviteRoute, `/api/contacts/invites/${code}/accept`, { method: "POST", cookie }, { code });
}

describe("contacts", () => {
  it("a request by email shows as outgoing and incoming; accepting makes both accepted", async () => {
    const a = await chatUser(database.db, "en", "Ana");
    const b = await chatUser(database.db, "es", "Bruno");
    expect((await requestContact(a, b.email.toUpperCase())).status).toBe(201);
    expect((await contactsOf(a))[0]).toMatchObject({ status: "outgoing", user: { id: b.id } });
    const incoming = (await contactsOf(b))[0]!;
    expect(incoming).toMatchObject({ status: "incoming", user: { id: a.id, language: "en", voiceProfile: "none" } });
    // The sender cannot accept on the other's behalf, and a stranger cannot touch the row.
    const outgoing = (await contactsOf(a))[0]!;
    expect((await call(acceptRoute, "/x", { method: "POST", cookie: a.cookie }, { id: outgoing.id })).status).toBe(409);
    const stranger = await chatUser(database.db, "fr");
    expect((await call(acceptRoute, "/x", { method: "POST", cookie: stranger.cookie }, { id: incoming.id })).status).toBe(404);
    expect((await call(acceptRoute, "/x", { method: "POST", cookie: b.cookie }, { id: incoming.id })).status).toBe(200);
    expect((await contactsOf(a)).map((c) => c.status)).toEqual(["accepted"]);
  });

  it("adding yourself is a 400 and stores nothing; an unknown email is 404", async () => {
    const a = await chatUser(database.db, "en");
    const res = await requestContact(a, a.email);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("VALIDATION_ERROR");
    expect((await requestContact(a, "nobody-here@example.com")).status).toBe(404);
    expect((await requestContact(a, "not an email")).status).toBe(400);
    expect(await contactsOf(a)).toEqual([]);
  });

  it("declining removes the request on both sides; nickname and remove are per owner", async () => {
    const a = await chatUser(database.db, "en");
    const b = await chatUser(database.db, "es");
    await requestContact(a, b.email);
    const incoming = (await contactsOf(b))[0]!;
    expect((await call(declineRoute, "/x", { method: "POST", cookie: b.cookie }, { id: incoming.id })).status).toBe(204);
    expect(await contactsOf(a)).toEqual([]);
    await befriend(a, b);
    const mine = (await contactsOf(a))[0]!;
    const renamed = await call(renameRoute, "/x", { method: "PATCH", cookie: a.cookie, json: { nickname: "Bru" } }, { id: mine.id });
    expect(await renamed.json()).toMatchObject({ nickname: "Bru" });
    expect((await contactsOf(b))[0]!.nickname).toBeNull();
    expect((await call(removeRoute, "/x", { method: "DELETE", cookie: b.cookie }, { id: mine.id })).status).toBe(404);
    expect((await call(removeRoute, "/x", { method: "DELETE", cookie: a.cookie }, { id: mine.id })).status).toBe(204);
    expect(await contactsOf(b)).toEqual([]);
  });

  it("blocking removes the contact and stops new requests either way", async () => {
    const a = await chatUser(database.db, "en");
    const b = await chatUser(database.db, "es");
    await befriend(a, b);
    const mine = (await contactsOf(a))[0]!;
    expect((await call(blockRoute, "/x", { method: "POST", cookie: a.cookie }, { id: mine.id })).status).toBe(200);
    expect(await contactsOf(b)).toEqual([]);
    expect((await requestContact(b, a.email)).status).toBe(403);
    expect(await database.db.select().from(contacts).where(eq(contacts.ownerId, b.id))).toEqual([]);
  });

  it("a single-use invite makes contacts once, then is gone (410); an expired one is 410", async () => {
    const a = await chatUser(database.db, "en");
    const b = await chatUser(database.db, "es");
    const c = await chatUser(database.db, "fr");
    const res = await invite(a.cookie);
    expect(res.status).toBe(201);
    const { code, url, expiresAt } = (await res.json()) as { code: string; url: string; expiresAt: string };
    expect(url).toContain(`/translate?invite=${code}`);
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect((await acceptInvite(a.cookie, code)).status).toBe(400);
    expect((await acceptInvite(b.cookie, code)).status).toBe(200);
    expect((await contactsOf(a)).map((x) => [x.user.id, x.status])).toEqual([[b.id, "accepted"]]);
    const used = await acceptInvite(c.cookie, code);
    expect(used.status).toBe(410);
    expect((await errorOf(used)).code).toBe("GONE");

    const multi = (await (await invite(a.cookie, { maxUses: null, expiresInHours: 1 })).json()) as { code: string };
    expect((await acceptInvite(c.cookie, multi.code)).status).toBe(200);
    await database.db.update(contactInvites).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(contactInvites.code, multi.code));
    const d = await chatUser(database.db, "de");
    expect((await acceptInvite(d.cookie, multi.code)).status).toBe(410);
    expect((await acceptInvite(d.cookie, "nosuchcode123")).status).toBe(404);
    expect((await invite(a.cookie, { maxUses: 0 })).status).toBe(400);
  });
});
