import { francAll } from "franc-min";
import type { SupportedLanguage } from "./languages";

// franc (a maintained trigram detector) scores ISO 639-3 codes; we keep the languages we serve and
// report how far the best is ahead of the runner-up as its confidence.

const ISO3: Record<string, SupportedLanguage> = {
  eng: "en", spa: "es", fra: "fr", deu: "de", ita: "it", por: "pt", cmn: "zh", jpn: "ja", kor: "ko", hin: "hi", arb: "ar", rus: "ru",
};

export type Detection = { language: SupportedLanguage; confidence: number };

export function detectLanguage(text: string, fallback: SupportedLanguage = "en"): Detection {
  const scores = francAll(text, { only: Object.keys(ISO3), minLength: 3 })
    .map(([code, score]) => [ISO3[code], score] as const)
    .filter((entry): entry is readonly [SupportedLanguage, number] => entry[0] !== undefined);
  const [best, second] = scores;
  if (!best) return { language: fallback, confidence: 0 };
  const confidence = second ? Math.max(0, Math.min(1, best[1] - second[1] + 0.5)) : 1;
  return { language: best[0], confidence: Number(confidence.toFixed(2)) };
}
