import "server-only";
import { getConfig } from "../config";
import type { Db } from "../db/types";
import { apiError, AppError } from "../http";
import { log } from "../log";
import { contentHash, readCache, writeCache } from "./cache";
import { detectLanguage } from "./detect";
import { ENGINES } from "./engines";
import { flaggedEngines } from "./flags";
import { listGlossary, protectTerms, restoreTerms } from "./glossary";
import type { SupportedLanguage } from "./languages";
import { engineOrder } from "./routing";
import { EngineError, type Formality, type TranslateResult, type TranslationEngine, type TranslationEngineName } from "./types";
import { meterUsage } from "./usage";

export type TranslateInput = {
  db: Db;
  userId: string | null;
  text: string;
  from?: SupportedLanguage;
  to: SupportedLanguage;
  formality?: Formality;
  /** Per-engine budget; chat uses the configured one (250 ms by default). */
  budgetMs?: number;
  /** Engines not to use (besides any flagged for this text). */
  avoid?: TranslationEngineName[];
};

export function translationUnavailable(from: string, to: string): AppError {
  return apiError("TRANSLATION_UNAVAILABLE", "translate.unavailable", { values: { from, to }, details: { from, to } });
}

/** The engines to try for a pair, in order: configured, supporting it, not avoided. */
export async function usableEngines(from: string, to: string, avoid: Set<TranslationEngineName>): Promise<TranslationEngine[]> {
  const candidates = engineOrder(from, to).map((name) => ENGINES[name]).filter((e) => !avoid.has(e.name) && e.isConfigured());
  const supported = await Promise.all(candidates.map((e) => e.supports(from, to)));
  return candidates.filter((_, i) => supported[i]);
}

async function runEngine(engine: TranslationEngine, input: TranslateInput & { from: string; glossary: string[] }, budgetMs: number) {
  const protectedText = engine.nativeGlossary ? { text: input.text, terms: [] } : protectTerms(input.text, input.glossary);
  const signal = AbortSignal.timeout(engine.budgetMs?.() ?? budgetMs);
  const answer = await engine.translate({
    db: input.db,
    userId: input.userId,
    text: protectedText.text,
    from: input.from,
    to: input.to,
    glossary: input.glossary,
    formality: input.formality ?? "prefer_less",
    signal,
  });
  return { ...answer, text: restoreTerms(answer.text, protectedText.terms) };
}

/** Translates with the first engine that answers within its budget, from the shared cache when it
 * can; throws TRANSLATION_UNAVAILABLE (422) when none serves the pair. */
export async function translate(input: TranslateInput): Promise<TranslateResult> {
  const detection = input.from ? { language: input.from, confidence: 1 } : detectLanguage(input.text);
  const from = detection.language;
  const base = { from, to: input.to, detectionConfidence: detection.confidence };
  if (from === input.to) return { ...base, text: input.text, engine: "none", confidence: 1, cached: false };
  const glossary = await listGlossary({ db: input.db, userId: input.userId });
  const key = { hash: contentHash(input.text, glossary), from, to: input.to };
  const avoid = new Set([...(input.avoid ?? []), ...(await flaggedEngines({ db: input.db, ...key }))]);
  const engines = await usableEngines(from, input.to, avoid);
  const cached = await readCache({ db: input.db, key, engines: engines.map((e) => e.name) });
  const hit = engines.find((e) => cached.has(e.name));
  if (hit) return { ...base, ...cached.get(hit.name)!, engine: hit.name, cached: true };
  const budgetMs = input.budgetMs ?? getConfig().env.TRANSLATION_BUDGET_MS;
  for (const engine of engines) {
    try {
      const answer = await runEngine(engine, { ...input, from, glossary }, budgetMs);
      await Promise.all([
        writeCache({ db: input.db, key, engine: engine.name, answer }),
        meterUsage({ db: input.db, userId: input.userId, engine: engine.name, characters: input.text.length }),
      ]);
      return { ...base, ...answer, engine: engine.name, cached: false };
    } catch (error) {
      // Timeouts surface as AbortError / TimeoutError, vendor failures as EngineError: either way, next.
      const reason = error instanceof EngineError ? (error.status ?? error.message) : (error as Error).name;
      log.warn({ engine: engine.name, from, to: input.to, reason }, "translation engine failed; trying the next one");
    }
  }
  throw translationUnavailable(from, input.to);
}
