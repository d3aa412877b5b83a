// Each user's glossary and usage are theirs alone; bad input stores nothing; the glossary protects terms in chat.
import { describe, expect, it } from "vitest";
import { DELETE as removeTerm, GET as listTerms, POST as addTerm } from "@/app/api/translate/glossary/route";
import { POST as translateRoute } from "@/app/api/translate/route";
import { GET as usageRoute } from "@/app/api/translate/usage/route";
import { isApertiumInstalled } from "@/lib/translation/apertium";
import { call, errorOf } from "../../fixtures/http";
import { chatUser } from "../../fixtures/chat-user";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();

async function termsOf(cookie: string) {
  return ((await (await call(listTerms, "/api/translate/glossary", { cookie })).json()) as { terms: string[] }).terms;
}

describe("glossary and usage", () => {
  it("adds and removes my terms; another user sees none of them; bad input is a 400 that stores nothing", async () => {
    const a = await chatUser(database.db, "en");
    const b = await chatUser(database.db, "en");
    expect((await call(addTerm, "/api/translate/glossary", { method: "POST", cookie: a.cookie, json: { term: "Cadence" } })).status).toBe(201);
    expect(await termsOf(a.cookie)).toEqual(["Cadence"]);
    expect(await termsOf(b.cookie)).toEqual([]);
    const bad = await call(addTerm, "/api/translate/glossary", { method: "POST", cookie: a.cookie, json: { term: "" } });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe("VALIDATION_ERROR");
    await call(removeTerm, "/api/translate/glossary?term=Cadence", { method: "DELETE", cookie: b.cookie });
    expect(await termsOf(a.cookie)).toEqual(["Cadence"]);
    await call(removeTerm, "/api/translate/glossary?term=Cadence", { method: "DELETE", cookie: a.cookie });
    expect(await termsOf(a.cookie)).toEqual([]);
  });

  it("refuses a foreign Origin and changes nothing", async () => {
    const a = await chatUser(database.db, "en");
    const headers = { origin: "https://attacker.example" };
    const res = await call(addTerm, "/api/translate/glossary", { method: "POST", cookie: a.cookie, json: { term: "Cadence" }, headers });
    expect(res.status).toBe(403);
    expect(await termsOf(a.cookie)).toEqual([]);
  });

  it.runIf(isApertiumInstalled())("keeps a glossary term through Apertium and meters the characters for me only", async () => {
    const a = await chatUser(database.db, "en");
    const b = await chatUser(database.db, "en");
    await call(addTerm, "/api/translate/glossary", { method: "POST", cookie: a.cookie, json: { term: "Cadence" } });
    const res = await call(translateRoute, "/api/translate", { method: "POST", cookie: a.cookie, json: { text: "I love Cadence and the library.", from: "en", to: "es" } });
    const body = (await res.json()) as { text: string; engine: string };
    expect(body.engine).toBe("apertium");
    expect(body.text).toContain("Cadence");
    expect(body.text).not.toContain("Cadencia");
    const usage = (await (await call(usageRoute, "/api/translate/usage", { cookie: a.cookie })).json()) as { usage: unknown[] };
    expect(usage.usage).toEqual([{ engine: "apertium", month: new Date().toISOString().slice(0, 7), characters: 31 }]);
    expect(((await (await call(usageRoute, "/api/translate/usage", { cookie: b.cookie })).json()) as { usage: unknown[] }).usage).toEqual([]);
  });
});
