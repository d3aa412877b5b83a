import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { textDirection } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { negotiateAcceptLanguage, requestedLocale, resolveLocale } from "@/lib/i18n/resolve-locale";

// A Spanish catalogue with one string missing and one present, so the per-string fallback shows.
vi.mock("@/messages/es.json", () => ({ default: { Common: { save: "Guardar" } } }));

describe("resolveLocale", () => {
  it("puts the user's setting before the cookie and the browser", () => {
    expect(resolveLocale({ userLanguage: "es", cookie: "en", acceptLanguage: "en-US,en;q=0.9" })).toBe("es");
  });

  it("uses the switcher's cookie when no user is signed in", () => {
    expect(resolveLocale({ userLanguage: null, cookie: "es", acceptLanguage: "en-US" })).toBe("es");
  });

  it("falls back to Accept-Language, then to English", () => {
    expect(resolveLocale({ acceptLanguage: "es-MX,es;q=0.9,en;q=0.5" })).toBe("es");
    expect(resolveLocale({ acceptLanguage: "" })).toBe("en");
    expect(resolveLocale({})).toBe("en");
  });

  it("ignores a cookie or setting that is not a language Cadence knows", () => {
    expect(resolveLocale({ userLanguage: "xx", cookie: "<script>", acceptLanguage: "es" })).toBe("es");
  });

  it("keeps a chosen language the interface has no messages for (formats and lang follow it)", () => {
    expect(resolveLocale({ userLanguage: "ar", acceptLanguage: "es" })).toBe("ar");
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("es")).toBe("ltr");
  });
});

describe("negotiateAcceptLanguage", () => {
  it("ranks by quality and skips languages without messages", () => {
    expect(negotiateAcceptLanguage("fr-FR, es;q=0.8, en;q=0.5")).toBe("es");
    expect(negotiateAcceptLanguage("en;q=0.4, es;q=0.9")).toBe("es");
    expect(negotiateAcceptLanguage("es;q=0, en")).toBe("en");
    expect(negotiateAcceptLanguage("de, fr")).toBeNull();
  });
});

describe("messagesFor", () => {
  it("shows English for each string a locale has not translated", () => {
    const t = createTranslator({ locale: "es", messages: messagesFor("es"), namespace: "Common" });
    expect(t("save")).toBe("Guardar");
    expect(t("cancel")).toBe("Cancel");
  });

  it("shows English for a language with no messages at all", () => {
    const t = createTranslator({ locale: "fr", messages: messagesFor("fr"), namespace: "Common" });
    expect(t("save")).toBe("Save");
  });
});

describe("requestedLocale", () => {
  it("reads the switcher's cookie among others, then Accept-Language, then English", () => {
    expect(requestedLocale(new Headers({ cookie: "a=1; NEXT_LOCALE=es; b=2", "accept-language": "en" }))).toBe("es");
    expect(requestedLocale(new Headers({ "accept-language": "fr-CA, es;q=0.8" }))).toBe("es");
    expect(requestedLocale(new Headers({ cookie: "NEXT_LOCALE=xx" }))).toBe("en");
    expect(requestedLocale(undefined)).toBe("en");
  });
});
