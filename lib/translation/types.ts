import type { Db } from "../db/types";
import type { TranslationEngineName } from "../db/schema/translation";

export type { TranslationEngineName };

export type Formality = "default" | "more" | "less" | "prefer_more" | "prefer_less";

export type EngineRequest = {
  db: Db;
  userId: string | null;
  text: string;
  from: string;
  to: string;
  /** Terms to keep as written; engines with native glossaries get them, the rest see placeholders. */
  glossary: string[];
  formality: Formality;
  signal: AbortSignal;
};

export type EngineAnswer = { text: string; confidence: number };

export type TranslationEngine = {
  name: TranslationEngineName;
  /** Whether the engine keeps glossary terms itself (no placeholders needed). */
  nativeGlossary: boolean;
  isConfigured: () => boolean;
  /** Overrides the router's per-engine budget. */
  budgetMs?: () => number;
  supports: (from: string, to: string) => Promise<boolean>;
  translate: (request: EngineRequest) => Promise<EngineAnswer>;
};

export type TranslateResult = {
  text: string;
  from: string;
  to: string;
  /** "none" when the text is already in the target language. */
  engine: TranslationEngineName | "none";
  confidence: number;
  cached: boolean;
  /** How sure the detector was of `from` when the caller did not give it; 1 when given. */
  detectionConfidence: number;
};

/** An engine's failure (HTTP status, timeout, bad answer); the router moves on to the next engine. */
export class EngineError extends Error {
  constructor(
    public readonly engine: TranslationEngineName,
    message: string,
    public readonly status?: number,
  ) {
    super(message);
    this.name = "EngineError";
  }
}
