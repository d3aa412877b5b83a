// The translation router against msw'd DeepL and Google, and Apertium for real.
import { eq } from "drizzle-orm";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it } from "vitest";
import { POST as translateRoute } from "@/app/api/translate/route";
import { glossaryTerms, translationCache, translationUsage } from "@/lib/db/schema";
import { isApertiumInstalled } from "@/lib/translation/apertium";
import { deleteExpiredTranslations } from "@/lib/translation/cache";
import { call, errorOf } from "../../fixtures/http";
import { chatUser } from "../../fixtures/chat-user";
import { network } from "../../setup/integration";
import { useTestDatabase } from "../../setup/database";

const database = useTestDatabase();
afterEach(() => {
  delete process.env.DEEPL_API_KEY;
  delete process.env.GOOGLE_TRANSLATE_API_KEY;
  delete process.env.TRANSLATION_BUDGET_MS;
});
const DEEPL = "https://api-free.deepl.com/v2";
const GOOGLE = "https://translation.googleapis.com/language/translate/v2";

function post(cookie: string, json: unknown) {
  return call(translateRoute, "/api/translate", { method: "POST", cookie, json });
}

describe("POST /api/translate", () => {
  it("sends European pairs to DeepL with the pair, the formality and the user's glossary id", async () => {
    process.env.DEEPL_API_KEY = "test-key:fx";
    const user = await chatUser(database.db, "en");
    await database.db.insert(glossaryTerms).values({ userId: user.id, term: "Cadence" });
    const sent: { path: string; body: Record<string, unknown>; auth: string | null }[] = [];
    network.use(
      http.post(`${DEEPL}/glossaries`, async ({ request }) => {
        sent.push({ path: "glossaries", body: (await request.json()) as Record<string, unknown>, auth: request.headers.get("authorization") });
        return HttpResponse.json({ glossary_id: "gls-123" });
      }),
      http.post(`${DEEPL}/translate`, async ({ request }) => {
        sent.push({ path: "translate", body: (await request.json()) as Record<string, unknown>, auth: request.headers.get("authorization") });
        return HttpResponse.json({ translations: [{ detected_source_language: "EN", text: "Hallo von Cadence" }] });
      }),
    );
    const res = await post(user.cookie, { text: "Hello from Cadence", from: "en", to: "de", formality: "more" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ text: "Hallo von Cadence", from: "en", engine: "deepl", cached: false });
    expect(sent[0]).toMatchObject({ path: "glossaries", auth: "DeepL-Auth-Key test-key:fx", body: { source_lang: "en", target_lang: "de", entries: "Cadence\tCadence" } });
    expect(sent[1]).toMatchObject({ path: "translate", body: { text: ["Hello from Cadence"], source_lang: "EN", target_lang: "DE", formality: "more", glossary_id: "gls-123" } });
  });

  it("falls back to Google when DeepL's quota is used up (456), protecting glossary terms with placeholders", async () => {
    process.env.DEEPL_API_KEY = "test-key:fx";
    process.env.GOOGLE_TRANSLATE_API_KEY = "g-key";
    const user = await chatUser(database.db, "en");
    await database.db.insert(glossaryTerms).values({ userId: user.id, term: "Cadence" });
    let googleBody: Record<string, unknown> | undefined;
    let googleKey: string | null = null;
    network.use(
      http.post(`${DEEPL}/glossaries`, () => HttpResponse.json({ message: "Quota exceeded" }, { status: 456 })),
      http.post(GOOGLE, async ({ request }) => {
        googleKey = new URL(request.url).searchParams.get("key");
        googleBody = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json({ data: { translations: [{ translatedText: "Bonjour de ⟦0⟧" }] } });
      }),
    );
    const res = await post(user.cookie, { text: "Hello from Cadence", from: "en", to: "fr" });
    expect(await res.json()).toMatchObject({ text: "Bonjour de Cadence", engine: "google" });
    expect(googleKey).toBe("g-key");
    expect(googleBody).toEqual({ q: "Hello from ⟦0⟧", source: "en", target: "fr", format: "text" });
    const usage = await database.db.select().from(translationUsage).where(eq(translationUsage.userId, user.id));
    expect(usage).toEqual([expect.objectContaining({ engine: "google", characters: "Hello from Cadence".length })]);
  });

  it("moves on to Google when DeepL does not answer within the per-engine budget", async () => {
    process.env.DEEPL_API_KEY = "test-key:fx";
    process.env.GOOGLE_TRANSLATE_API_KEY = "g-key";
    process.env.TRANSLATION_BUDGET_MS = "50";
    const user = await chatUser(database.db, "en");
    network.use(
      http.post(`${DEEPL}/translate`, () => new Promise<never>(() => undefined)),
      http.post(GOOGLE, () => HttpResponse.json({ data: { translations: [{ translatedText: "Ciao" }] } })),
    );
    const res = await post(user.cookie, { text: "Hi there", from: "en", to: "it" });
    expect(await res.json()).toMatchObject({ text: "Ciao", engine: "google" });
  });

  it("sends Arabic to Google first and answers a repeat from the shared cache without calling it", async () => {
    process.env.DEEPL_API_KEY = "test-key:fx";
    process.env.GOOGLE_TRANSLATE_API_KEY = "g-key";
    const user = await chatUser(database.db, "en");
    let calls = 0;
    network.use(
      http.post(GOOGLE, () => {
        calls += 1;
        return HttpResponse.json({ data: { translations: [{ translatedText: "مرحبا" }] } });
      }),
    );
    const first = await (await post(user.cookie, { text: "Hello", from: "en", to: "ar" })).json();
    const second = await (await post(user.cookie, { text: "Hello", from: "en", to: "ar" })).json();
    expect(first).toMatchObject({ engine: "google", cached: false });
    expect(second).toMatchObject({ text: "مرحبا", engine: "google", cached: true });
    expect(calls).toBe(1);
    expect(await database.db.select().from(translationCache).where(eq(translationCache.targetLang, "ar"))).toHaveLength(1);
  });

  it.runIf(isApertiumInstalled())("translates English to Spanish with Apertium when no key is set", async () => {
    const user = await chatUser(database.db, "en");
    const res = await post(user.cookie, { text: "Where is the library?", to: "es" });
    const body = await res.json();
    expect(body).toMatchObject({ from: "en", engine: "apertium", cached: false });
    expect(body.text).toMatch(/biblioteca/);
  });

  it("answers 422 TRANSLATION_UNAVAILABLE when no engine serves the pair", async () => {
    const user = await chatUser(database.db, "en");
    const res = await post(user.cookie, { text: "Hello", from: "en", to: "ja" });
    expect(res.status).toBe(422);
    expect((await errorOf(res)).code).toBe("TRANSLATION_UNAVAILABLE");
  });

  it("refuses an unknown language code with a 400 naming the supported ones, storing nothing", async () => {
    const user = await chatUser(database.db, "en");
    const before = await database.db.select().from(translationCache);
    const res = await post(user.cookie, { text: "Hello", to: "xx" });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.details?.[0]?.message).toContain("en, es, fr, de, it, pt, zh, ja, ko, hi, ar, ru");
    expect(await database.db.select().from(translationCache)).toEqual(before);
  });

  it("the cleanup job drops cached answers older than an hour and keeps fresh ones", async () => {
    const old = new Date(Date.now() - 61 * 60_000);
    await database.db.insert(translationCache).values([
      { contentHash: "old", sourceLang: "en", targetLang: "es", engine: "apertium", translatedText: "viejo", confidence: 0.6, createdAt: old },
      { contentHash: "new", sourceLang: "en", targetLang: "es", engine: "apertium", translatedText: "nuevo", confidence: 0.6 },
    ]);
    expect(await deleteExpiredTranslations({ db: database.db })).toBeGreaterThanOrEqual(1);
    const left = (await database.db.select().from(translationCache)).map((r) => r.contentHash);
    expect(left).toContain("new");
    expect(left).not.toContain("old");
  });
});
