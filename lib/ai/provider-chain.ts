import "server-only";
import { geminiAdapter } from "./providers/gemini";
import { groqAdapter } from "./providers/groq";
import { openAiAdapter } from "./providers/openai";
import type { AiTask, ProviderAdapter, ProviderName } from "./types";

const ADAPTERS: Record<ProviderName, ProviderAdapter> = {
  gemini: geminiAdapter,
  groq: groqAdapter,
  openai: openAiAdapter,
};

/** Preferred provider first, then the fallbacks. Quality-sensitive tasks lead with Gemini; fast or
 * high-volume ones (live replies, quick scores, summaries) with Groq, the cheapest and quickest. */
export const TASK_PROVIDERS: Record<AiTask, readonly ProviderName[]> = {
  persona: ["gemini", "openai", "groq"],
  "quick-score": ["groq", "gemini", "openai"],
  "deep-score": ["gemini", "openai", "groq"],
  coach: ["openai", "gemini", "groq"],
  summary: ["groq", "gemini", "openai"],
  "weekly-summary": ["groq", "gemini", "openai"],
  "action-items": ["groq", "gemini", "openai"],
  "session-outcome": ["groq", "gemini", "openai"],
  "persona-reply": ["groq", "gemini", "openai"],
};

/** The configured providers to try for a task, in order; empty when no key is set. */
export function resolveProviderChain({ task }: { task: AiTask }): ProviderAdapter[] {
  return TASK_PROVIDERS[task].map((name) => ADAPTERS[name]).filter((adapter) => adapter.isConfigured());
}
