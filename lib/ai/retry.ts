import "server-only";
import { ProviderError } from "./provider-error";
import type { ProviderName } from "./types";

export type Sleep = (ms: number) => Promise<void>;

export const sleepFor: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits before each retry (ARCHITECTURE §6); the array length is the number of retries. */
export const RETRY_DELAYS_MS: Record<ProviderName, readonly number[]> = {
  gemini: [1_000, 2_000, 4_000],
  groq: [500, 1_000],
  openai: [1_000, 2_000],
};

/** Runs `run` and retries it after each delay while it fails with a retryable ProviderError
 * (429, 5xx, timeout, network). Anything else, such as a rejected key, is thrown at once. */
export async function runWithRetries<T>({
  provider,
  run,
  sleep,
}: {
  provider: ProviderName;
  run: () => Promise<T>;
  sleep: Sleep;
}): Promise<T> {
  const delays = RETRY_DELAYS_MS[provider];
  for (let retry = 0; ; retry++) {
    try {
      return await run();
    } catch (error) {
      const delay = delays[retry];
      if (!(error instanceof ProviderError) || !error.retryable || delay === undefined) throw error;
      await sleep(delay);
    }
  }
}
