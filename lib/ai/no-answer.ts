import "server-only";
import { AppError } from "../http";
import type { ProviderError } from "./provider-error";
import type { AiTask } from "./types";

/** The error when neither a provider nor an offline engine could answer: never a made-up answer. */
export function createNoAnswerError({ task, failures }: { task: AiTask; failures: ProviderError[] }): AppError {
  if (failures.length === 0) {
    return new AppError("EXTERNAL_SERVICE_ERROR", `No AI provider is configured for ${task} and it has no offline engine`);
  }
  return new AppError("EXTERNAL_SERVICE_ERROR", `Every AI provider failed for ${task} and it has no offline engine`, {
    failures: failures.map((failure) => ({ provider: failure.provider, error: failure.summary })),
  });
}
