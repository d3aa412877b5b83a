import type { ProviderName } from "./types";

// The default model names the app sends to each vendor; GEMINI_MODEL, GROQ_MODEL, OPENAI_MODEL,
// OPENAI_EMBEDDING_MODEL and AI_MODEL_<TASK> override them (lib/config.ts). Chosen from the vendors'
// model and deprecation pages as of December 2026: Groq retired llama-3.3-70b-versatile on 2026-08-16
// and names openai/gpt-oss-120b as its replacement; Google shut gemini-2.5-flash down in late 2026,
// gemini-3.8-flash is its current stable Flash model; OpenAI shuts gpt-4o-mini down on 2027-01-14 and
// names gpt-6-luna as its replacement.

export const DEFAULT_CHAT_MODELS: Record<ProviderName, string> = {
  gemini: "gemini-3.8-flash",
  groq: "openai/gpt-oss-120b",
  openai: "gpt-6-luna",
};

export const DEFAULT_EMBEDDING_MODEL = "text-embedding-3-small";

export const EMBEDDING_DIMENSIONS = 1536;

/** How long one HTTP attempt may take before it counts as a (retryable) timeout. */
export const REQUEST_TIMEOUT_MS = {
  json: 30_000,
  stream: 120_000,
  embeddings: 30_000,
  listModels: 10_000,
} as const;
