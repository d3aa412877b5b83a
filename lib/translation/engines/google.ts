import "server-only";
import { z } from "zod";
import { getConfig } from "../../config";
import { EngineError, type TranslationEngine } from "../types";

// Cloud Translation Basic (v2): POST translation.googleapis.com/language/translate/v2?key=… with
// { q, source, target, format: "text" }. It has no glossaries, so the router protects terms with
// placeholders before the text reaches it.

export const GOOGLE_TRANSLATE_URL = "https://translation.googleapis.com/language/translate/v2";

const answer = z.object({ data: z.object({ translations: z.array(z.object({ translatedText: z.string() })).min(1) }) });
const TARGET_CODE: Record<string, string> = { zh: "zh-CN" };

export const googleEngine: TranslationEngine = {
  name: "google",
  nativeGlossary: false,
  isConfigured: () => Boolean(getConfig().env.GOOGLE_TRANSLATE_API_KEY),
  supports: async () => true,
  async translate({ text, from, to, signal }) {
    const key = getConfig().env.GOOGLE_TRANSLATE_API_KEY ?? "";
    let res: Response;
    try {
      res = await fetch(`${GOOGLE_TRANSLATE_URL}?key=${encodeURIComponent(key)}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ q: text, source: TARGET_CODE[from] ?? from, target: TARGET_CODE[to] ?? to, format: "text" }),
        signal,
      });
    } catch (error) {
      throw new EngineError("google", `Google Translation unreachable: ${(error as Error).name}`);
    }
    if (!res.ok) throw new EngineError("google", `Google Translation answered ${res.status}`, res.status);
    const parsed = answer.safeParse(await res.json());
    if (!parsed.success) throw new EngineError("google", "Google Translation answer was malformed");
    return { text: parsed.data.data.translations[0]!.translatedText, confidence: 0.9 };
  },
};
