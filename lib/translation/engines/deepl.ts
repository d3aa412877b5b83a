import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { getConfig } from "../../config";
import { EngineError, type EngineRequest, type TranslationEngine } from "../types";

// DeepL REST API v2: POST /v2/translate with "Authorization: DeepL-Auth-Key <key>"; free keys end in
// ":fx" and use api-free.deepl.com. 456 means the monthly character quota is used up.

const LANGS = new Set(["en", "es", "fr", "de", "it", "pt", "ru", "zh", "ja", "ko", "ar"]);
/** DeepL wants a regional variant for these targets. */
const TARGET_CODE: Record<string, string> = { en: "EN-US", pt: "PT-BR", zh: "ZH-HANS" };

const translateAnswer = z.object({ translations: z.array(z.object({ text: z.string() })).min(1) });
const glossaryAnswer = z.object({ glossary_id: z.string() });

/** Glossary ids by user terms and pair: DeepL glossaries are immutable, so one per distinct term set. */
const glossaryIds = new Map<string, string>();

export function deeplBaseUrl(key: string): string {
  return key.endsWith(":fx") ? "https://api-free.deepl.com" : "https://api.deepl.com";
}

async function deeplFetch(path: string, body: unknown, signal: AbortSignal) {
  const key = getConfig().env.DEEPL_API_KEY ?? "";
  let res: Response;
  try {
    res = await fetch(`${deeplBaseUrl(key)}${path}`, {
      method: "POST",
      headers: { Authorization: `DeepL-Auth-Key ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    throw new EngineError("deepl", `DeepL unreachable: ${(error as Error).name}`);
  }
  if (res.status === 456) throw new EngineError("deepl", "DeepL quota exceeded", 456);
  if (!res.ok) throw new EngineError("deepl", `DeepL answered ${res.status}`, res.status);
  return res.json() as Promise<unknown>;
}

async function glossaryIdFor({ glossary, from, to, signal }: Pick<EngineRequest, "glossary" | "from" | "to" | "signal">) {
  if (glossary.length === 0) return undefined;
  const key = createHash("sha256").update(JSON.stringify([from, to, [...glossary].sort()])).digest("hex");
  const known = glossaryIds.get(key);
  if (known) return known;
  const entries = glossary.map((term) => `${term}\t${term}`).join("\n");
  const body = { name: `cadence-${key.slice(0, 12)}`, source_lang: from, target_lang: to, entries, entries_format: "tsv" };
  const parsed = glossaryAnswer.safeParse(await deeplFetch("/v2/glossaries", body, signal));
  if (!parsed.success) throw new EngineError("deepl", "DeepL glossary answer was malformed");
  glossaryIds.set(key, parsed.data.glossary_id);
  return parsed.data.glossary_id;
}

export const deeplEngine: TranslationEngine = {
  name: "deepl",
  nativeGlossary: true,
  isConfigured: () => Boolean(getConfig().env.DEEPL_API_KEY),
  supports: async (from, to) => LANGS.has(from) && LANGS.has(to),
  async translate({ text, from, to, glossary, formality, signal }) {
    const glossaryId = await glossaryIdFor({ glossary, from, to, signal });
    const body = {
      text: [text],
      source_lang: from.toUpperCase(),
      target_lang: TARGET_CODE[to] ?? to.toUpperCase(),
      formality,
      ...(glossaryId ? { glossary_id: glossaryId } : {}),
    };
    const parsed = translateAnswer.safeParse(await deeplFetch("/v2/translate", body, signal));
    if (!parsed.success) throw new EngineError("deepl", "DeepL answer was malformed");
    return { text: parsed.data.translations[0]!.text, confidence: 0.95 };
  },
};
