import { describe, expect, it } from "vitest";
import { GLOBAL_ERROR_TEXT, globalErrorLanguage } from "@/lib/i18n/global-error-text";
import en from "@/messages/en.json";
import es from "@/messages/es.json";

describe("the root error page's own words", () => {
  it("say what the messages files say", () => {
    for (const [language, messages] of [["en", en], ["es", es]] as const) {
      const text = GLOBAL_ERROR_TEXT[language];
      expect(text.title).toBe(messages.Errors.globalTitle);
      expect(text.body).toBe(messages.Errors.globalBody);
      expect(text.tryAgain).toBe(messages.Common.tryAgain);
      expect(`${text.reference} {digest}`).toBe(messages.Common.reference);
    }
  });

  it("follow the switcher's cookie, then the browser's languages, then English", () => {
    expect(globalErrorLanguage({ cookie: "a=1; NEXT_LOCALE=es", languages: ["en-GB"] })).toBe("es");
    expect(globalErrorLanguage({ cookie: "", languages: ["fr-FR", "es-MX", "en"] })).toBe("es");
    expect(globalErrorLanguage({ cookie: "NEXT_LOCALE=de", languages: ["de"] })).toBe("en");
  });
});
