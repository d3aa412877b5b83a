import "server-only";
import { apertiumEngine } from "../apertium";
import type { TranslationEngine, TranslationEngineName } from "../types";
import { deeplEngine } from "./deepl";
import { googleEngine } from "./google";
import { llmEngine } from "./llm";

export const ENGINES: Record<TranslationEngineName, TranslationEngine> = {
  deepl: deeplEngine,
  google: googleEngine,
  llm: llmEngine,
  apertium: apertiumEngine,
};
