import "server-only";
import { apiError, AppError } from "../http";
import type { ProviderError } from "./provider-error";
import type { AiTask, ChatMessage } from "./types";

export type OfflineJsonInput = { task: AiTask; prompt: string; system?: string; context?: unknown };

export type OfflineTextInput = { task: AiTask; messages: ChatMessage[]; system?: string; context?: unknown };

/** A real algorithm that answers a task without any vendor (scripted persona, rubric scorer, ...).
 * `context` is whatever structured input the pillar passed along with its prompt; generateJson may
 * return its answer or a promise of it, and the answer is validated with the task's schema. */
export type OfflineEngine = {
  name: string;
  generateJson?: (input: OfflineJsonInput) => unknown;
  streamText?: (input: OfflineTextInput) => AsyncIterable<string>;
};

// On globalThis so an engine registered by a pillar module is visible from every route bundle.
const store = globalThis as unknown as { __cadenceOfflineEngines?: Map<AiTask, OfflineEngine> };

function engines(): Map<AiTask, OfflineEngine> {
  store.__cadenceOfflineEngines ??= new Map();
  return store.__cadenceOfflineEngines;
}

/** Registers the engine that answers `task` when no provider can; returns a function that removes it. */
export function registerOfflineEngine(task: AiTask, engine: OfflineEngine): () => void {
  engines().set(task, engine);
  return () => {
    if (engines().get(task) === engine) engines().delete(task);
  };
}

export function getOfflineEngine({ task }: { task: AiTask }): OfflineEngine | undefined {
  return engines().get(task);
}

/** The error when neither a provider nor an offline engine could answer: never a made-up answer. */
export function createNoAnswerError({ task, failures }: { task: AiTask; failures: ProviderError[] }): AppError {
  if (failures.length === 0) {
    return apiError("EXTERNAL_SERVICE_ERROR", "common.aiNotConfigured", { values: { task } });
  }
  return apiError("EXTERNAL_SERVICE_ERROR", "common.aiAllFailed", {
    values: { task },
    details: { failures: failures.map((failure) => ({ provider: failure.provider, error: failure.summary })) },
  });
}
