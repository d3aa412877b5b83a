import "server-only";
import { log } from "../log";
import { modelsInUse, type ModelInUse } from "./provider-chain";
import { toProviderError } from "./provider-error";
import { listGeminiModels } from "./providers/gemini";
import { listGroqModels } from "./providers/groq";
import { listOpenAiModels } from "./providers/openai";
import type { ProviderName } from "./types";

// Asks each configured vendor's list-models endpoint whether the models we are configured to use
// exist: at boot and hourly (instrumentation.ts), never on a request's path. A request that meets a
// "model not found" marks its model the same way (lib/ai/provider-attempt.ts).

export type ModelStatus = "ok" | "key_rejected" | "model_unavailable" | "unreachable" | "unchecked";

export type ModelReport = ModelInUse & { status: ModelStatus };

export const MODEL_CHECK_INTERVAL_MS = 60 * 60_000;

const LIST_MODELS: Record<ProviderName, () => Promise<string[]>> = {
  gemini: listGeminiModels,
  groq: listGroqModels,
  openai: listOpenAiModels,
};

// On globalThis because Next bundles routes separately: /api/health must see what the check saw.
const store = globalThis as unknown as { __cadenceModelStatus?: Map<string, ModelStatus> };

function statusMap(): Map<string, ModelStatus> {
  store.__cadenceModelStatus ??= new Map();
  return store.__cadenceModelStatus;
}

const keyOf = (vendor: ProviderName, model: string) => `${vendor}:${model}`;

export function markModelUnavailable({ vendor, model }: { vendor: ProviderName; model: string }): void {
  statusMap().set(keyOf(vendor, model), "model_unavailable");
}

/** Every model in use with what was last learned about it. */
export function getModelReport(): ModelReport[] {
  return modelsInUse().map((entry) => ({ ...entry, status: statusMap().get(keyOf(entry.vendor, entry.model)) ?? "unchecked" }));
}

async function vendorAvailability(vendor: ProviderName): Promise<{ ids: Set<string> } | { failure: ModelStatus }> {
  try {
    return { ids: new Set(await LIST_MODELS[vendor]()) };
  } catch (error) {
    const failure = toProviderError({ provider: vendor, error });
    return { failure: failure.code === "auth" ? "key_rejected" : "unreachable" };
  }
}

// Ollama lists its models with a tag and serves an untagged name as ":latest".
function isListed(ids: Set<string>, model: string): boolean {
  return ids.has(model) || (!model.includes(":") && ids.has(`${model}:latest`));
}

/** Asks each vendor in use once and records every model's status; returns the report. */
export async function checkModels(): Promise<ModelReport[]> {
  const inUse = modelsInUse();
  const vendors = [...new Set(inUse.map((entry) => entry.vendor))];
  const answers = new Map(await Promise.all(vendors.map(async (vendor) => [vendor, await vendorAvailability(vendor)] as const)));
  for (const { vendor, model } of inUse) {
    const answer = answers.get(vendor);
    if (!answer) continue;
    const status: ModelStatus = "failure" in answer ? answer.failure : isListed(answer.ids, model) ? "ok" : "model_unavailable";
    statusMap().set(keyOf(vendor, model), status);
  }
  return getModelReport();
}

/** Runs the check, logging each model that cannot be used; a failed check is only logged. */
export async function checkAndLogModels(): Promise<void> {
  try {
    for (const entry of await checkModels()) {
      const details = { vendor: entry.vendor, model: entry.model, tasks: entry.tasks, status: entry.status };
      if (entry.status === "ok") log.info(details, "AI model available");
      else log.error(details, "AI model cannot be used; set its *_MODEL or AI_MODEL_<TASK> variable to a current model");
    }
  } catch (err) {
    log.error({ err }, "AI model check failed");
  }
}

/** The check at boot and then hourly; the timer does not keep the process alive. */
export function startModelChecks(): void {
  void checkAndLogModels();
  setInterval(() => void checkAndLogModels(), MODEL_CHECK_INTERVAL_MS).unref();
}

/** Forgets every recorded status (tests). */
export function resetModelStatus(): void {
  statusMap().clear();
}
