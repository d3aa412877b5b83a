import "server-only";
import { type CallContext, readClock, recordLlmCall } from "./call-log";
import { markModelUnavailable } from "./model-check";
import { toProviderError } from "./provider-error";
import { markProviderFailure, markProviderOk } from "./provider-status";
import { runWithRetries, type Sleep } from "./retry";
import { NO_USAGE, type ProviderAdapter, type ProviderName } from "./types";

export type Attempt<T> = { value: T; startedAt: number };

/** One HTTP attempt at one provider: updates the provider's status and, when it fails, writes its
 * llm_calls row. A successful attempt is logged by the caller, who knows when the answer is complete
 * and whether it was usable. */
export async function runProviderAttempt<T>({
  context,
  provider,
  model,
  run,
}: {
  context: CallContext;
  provider: ProviderName;
  model: string;
  run: () => Promise<T>;
}): Promise<Attempt<T>> {
  const startedAt = readClock();
  try {
    const value = await run();
    markProviderOk({ provider });
    return { value, startedAt };
  } catch (error) {
    const failure = toProviderError({ provider, error });
    markProviderFailure({ provider, error: failure });
    if (failure.code === "model_unavailable") markModelUnavailable({ vendor: provider, model });
    await recordLlmCall({ context, provider, model, startedAt, usage: NO_USAGE, errorCode: failure.code });
    throw failure;
  }
}

/** A provider call with that provider's retries, each try a logged attempt. */
export function attemptWithRetries<T>({
  context,
  adapter,
  sleep,
  run,
}: {
  context: CallContext;
  adapter: Pick<ProviderAdapter, "name" | "model">;
  sleep: Sleep;
  run: () => Promise<T>;
}): Promise<Attempt<T>> {
  return runWithRetries({
    provider: adapter.name,
    sleep,
    run: () => runProviderAttempt({ context, provider: adapter.name, model: adapter.model, run }),
  });
}
