import { describe, expect, it } from "vitest";
import { parseApertiumPairs } from "./apertium";
import { contentHash } from "./cache";
import { detectLanguage } from "./detect";
import { issueMessage } from "../i18n/issue-message";
import { languageSchema, textDirection } from "./languages";
import { engineOrder } from "./routing";

describe("routing table", () => {
  it("leads European pairs with DeepL and CJK / Indic / Arabic pairs with Google; LLM third, Apertium last", () => {
    expect(engineOrder("en", "es")).toEqual(["deepl", "google", "llm", "apertium"]);
    expect(engineOrder("de", "ru")).toEqual(["deepl", "google", "llm", "apertium"]);
    expect(engineOrder("en", "ja")).toEqual(["google", "deepl", "llm", "apertium"]);
    expect(engineOrder("hi", "en")).toEqual(["google", "deepl", "llm", "apertium"]);
    expect(engineOrder("ar", "zh")).toEqual(["google", "deepl", "llm", "apertium"]);
  });

  it("reads Apertium's pairs from its listing, leaving out variants and languages we don't serve", () => {
    const pairs = parseApertiumPairs("  eng-spa\n  spa-eng\n  spa-eng_US\n  cat-spa\n  fra-spa\n");
    expect([...pairs]).toEqual([["en-es", "eng-spa"], ["es-en", "spa-eng"], ["fr-es", "fra-spa"]]);
  });
});

describe("cache keys", () => {
  it("differ by text and by glossary, not by glossary order", () => {
    expect(contentHash("Hello")).not.toBe(contentHash("Hello!"));
    expect(contentHash("Hello", ["Cadence"])).not.toBe(contentHash("Hello"));
    expect(contentHash("Hi", ["a", "b"])).toBe(contentHash("Hi", ["b", "a"]));
  });
});

describe("languages", () => {
  it("accepts the supported codes and names them all when refusing one", () => {
    expect(languageSchema.parse(" ES ")).toBe("es");
    const refused = languageSchema.safeParse("tlh");
    expect(issueMessage(refused.error!.issues[0]!)).toBe("Unsupported language; use one of en, es, fr, de, it, pt, zh, ja, ko, hi, ar, ru");
  });

  it("writes Arabic right to left", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("en")).toBe("ltr");
  });

  it("detects the source language with a confidence, and says 0 when it cannot tell", () => {
    expect(detectLanguage("Where is the library? I need to return a book.")).toMatchObject({ language: "en" });
    expect(detectLanguage("¿Dónde está la biblioteca?").language).toBe("es");
    expect(detectLanguage("مرحبا كيف حالك اليوم").language).toBe("ar");
    expect(detectLanguage("ok", "fr")).toEqual({ language: "fr", confidence: 0 });
    expect(detectLanguage("Where is the library? I need to return a book.").confidence).toBeGreaterThan(0.5);
  });
});
