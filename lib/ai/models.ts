import type { ProviderName } from "./types";

// Every model name the app sends to a vendor lives here, so an upgrade is a one-line change.

export const CHAT_MODELS: Record<ProviderName, string> = {
  gemini: "gemini-2.5-flash",
  groq: "llama-3.3-70b-versatile",
  openai: "gpt-4o-mini",
};

export const EMBEDDING_DIMENSIONS = 1536;

export const EMBEDDING_MODELS = {
  openai: "text-embedding-3-small",
  local: "local-hash-v1",
} as const;

/** How long one HTTP attempt may take before it counts as a (retryable) timeout. */
export const REQUEST_TIMEOUT_MS = {
  json: 30_000,
  stream: 120_000,
  embeddings: 30_000,
} as const;
