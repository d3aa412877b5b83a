import "server-only";
import type { ProviderName } from "./types";

export type ProviderErrorCode =
  | "auth"
  | "bad_request"
  | "rate_limited"
  | "server_error"
  | "timeout"
  | "network"
  | "empty_response"
  | "invalid_output"
  | "model_unavailable"
  | "unknown";

const RETRYABLE: ReadonlySet<ProviderErrorCode> = new Set(["rate_limited", "server_error", "timeout", "network"]);

/** A failed call to a vendor, already classified so the router knows whether to retry or move on. */
export class ProviderError extends Error {
  readonly provider: ProviderName;
  readonly code: ProviderErrorCode;
  readonly status: number | undefined;

  constructor(options: { provider: ProviderName; code: ProviderErrorCode; message: string; status?: number; cause?: unknown }) {
    super(options.message, { cause: options.cause });
    this.name = "ProviderError";
    this.provider = options.provider;
    this.code = options.code;
    this.status = options.status;
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }

  /** Short and secret-free, fit for logs and the health endpoint. */
  get summary(): string {
    return this.status === undefined ? this.code : `${this.code} (HTTP ${this.status})`;
  }
}

// Groq answers a retired model with 400 "model_decommissioned", OpenAI an unknown one with 404
// "model_not_found", Gemini with 404 "models/… is not found".
const MODEL_GONE = /model_not_found|model_decommissioned|decommissioned|does not exist|is not found/i;

function codeForStatus(status: number, message: string): ProviderErrorCode {
  if (status === 404 || (status === 400 && MODEL_GONE.test(message))) return "model_unavailable";
  if (status === 401 || status === 403) return "auth";
  if (status === 408) return "timeout";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "server_error";
  return "bad_request";
}

export function createStatusError({ provider, status, message }: { provider: ProviderName; status: number; message: string }) {
  return new ProviderError({ provider, code: codeForStatus(status, message), status, message });
}

/** Errors no adapter recognised still become ProviderErrors, so one vendor's oddity moves the task
 * on to the next provider instead of failing the request. */
export function toProviderError({ provider, error }: { provider: ProviderName; error: unknown }): ProviderError {
  if (error instanceof ProviderError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ProviderError({ provider, code: "unknown", message, cause: error });
}
