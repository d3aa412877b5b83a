import "server-only";
import { getConfig } from "../config";
import type { ModelChoice } from "./model-settings";
import { createGeminiAdapter } from "./providers/gemini";
import { createGroqAdapter } from "./providers/groq";
import { createOpenAiAdapter } from "./providers/openai";
import { AI_TASKS, type AiTask, type ProviderAdapter, type ProviderName } from "./types";

const CREATE_ADAPTER: Record<ProviderName, (model: string) => ProviderAdapter> = {
  gemini: createGeminiAdapter,
  groq: createGroqAdapter,
  openai: createOpenAiAdapter,
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
  emotion: ["groq", "gemini", "openai"],
  translate: ["groq", "gemini", "openai"],
  "journal-analysis": ["groq", "gemini", "openai"],
  "score-dispute": ["gemini", "openai", "groq"],
};

/** The vendor and model for each step of a task's chain: an AI_MODEL_<TASK> override goes first
 * (its vendor then keeps that model for the task), the other vendors follow with their chat model. */
export function taskModelChain({ task }: { task: AiTask }): ModelChoice[] {
  const { chat, byTask } = getConfig().models;
  const override = byTask[task];
  const vendors = override ? [override.vendor, ...TASK_PROVIDERS[task].filter((v) => v !== override.vendor)] : TASK_PROVIDERS[task];
  return vendors.map((vendor) => ({ vendor, model: override?.vendor === vendor ? override.model : chat[vendor] }));
}

/** The configured providers to try for a task, in order; empty when no key is set. */
export function resolveProviderChain({ task }: { task: AiTask }): ProviderAdapter[] {
  return taskModelChain({ task })
    .map(({ vendor, model }) => CREATE_ADAPTER[vendor](model))
    .filter((adapter) => adapter.isConfigured());
}

export type ModelInUse = { vendor: ProviderName; model: string; tasks: string[] };

/** Every configured vendor and model in use, with the tasks that use it (embeddings included). */
export function modelsInUse(): ModelInUse[] {
  const entries = new Map<string, ModelInUse>();
  const add = (vendor: ProviderName, model: string, task: string) => {
    const key = `${vendor}:${model}`;
    const entry = entries.get(key) ?? { vendor, model, tasks: [] };
    entry.tasks.push(task);
    entries.set(key, entry);
  };
  for (const task of AI_TASKS) {
    for (const adapter of resolveProviderChain({ task })) add(adapter.name, adapter.model, task);
  }
  const { env, models } = getConfig();
  if (env.OPENAI_API_KEY) add("openai", models.embedding, "embeddings");
  return [...entries.values()];
}
