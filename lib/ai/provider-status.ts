import "server-only";
import type { ProviderError } from "./provider-error";
import type { ProviderName } from "./types";

export type ProviderState = "unknown" | "ok" | "degraded" | "failing";

export type ProviderStatus = {
  state: ProviderState;
  lastError: string | null;
  lastFailureAt: Date | null;
  lastOkAt: Date | null;
};

// On globalThis because Next bundles routes separately: /api/health must see what the AI routes saw.
const store = globalThis as unknown as { __cadenceProviderStatus?: Map<ProviderName, ProviderStatus> };

function statusMap(): Map<ProviderName, ProviderStatus> {
  store.__cadenceProviderStatus ??= new Map();
  return store.__cadenceProviderStatus;
}

function currentStatus(provider: ProviderName): ProviderStatus {
  return statusMap().get(provider) ?? { state: "unknown", lastError: null, lastFailureAt: null, lastOkAt: null };
}

export function markProviderOk({ provider }: { provider: ProviderName }): void {
  statusMap().set(provider, { ...currentStatus(provider), state: "ok", lastOkAt: new Date() });
}

/** Rejected credentials mean "failing" (nothing will work until the key is fixed); anything else
 * (rate limits, outages, timeouts) means "degraded". */
export function markProviderFailure({ provider, error }: { provider: ProviderName; error: ProviderError }): void {
  statusMap().set(provider, {
    ...currentStatus(provider),
    state: error.code === "auth" ? "failing" : "degraded",
    lastError: error.summary,
    lastFailureAt: new Date(),
  });
}

export function getProviderStatus(): Record<ProviderName, ProviderStatus> {
  return {
    gemini: currentStatus("gemini"),
    groq: currentStatus("groq"),
    openai: currentStatus("openai"),
  };
}

/** Forgets every recorded outcome (tests). */
export function resetProviderStatus(): void {
  statusMap().clear();
}
