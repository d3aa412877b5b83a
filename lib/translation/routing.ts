import type { TranslationEngineName } from "./types";
import { EUROPEAN_LANGUAGES } from "./languages";

// The order engines are tried for a pair, before filtering out the unconfigured and unsupported ones:
// DeepL leads European pairs, Google leads CJK / Indic / Arabic, the LLM is third, Apertium last.

export function engineOrder(from: string, to: string): TranslationEngineName[] {
  const european = EUROPEAN_LANGUAGES.has(from) && EUROPEAN_LANGUAGES.has(to);
  return european ? ["deepl", "google", "llm", "apertium"] : ["google", "deepl", "llm", "apertium"];
}
