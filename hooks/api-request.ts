// Browser-side calls to our JSON API, turning the one error shape into an ApiError the forms can show.

import { UI_LOCALE_HEADER } from "@/lib/i18n/locales";
import { apiErrorText } from "./api-error-text";

export type FieldErrors = Record<string, string>;

export class ApiError extends Error {
  constructor(
    message: string,
    public readonly code: string,
    public readonly status: number,
    public readonly fields: FieldErrors = {},
    public readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type ErrorBody = { error?: { code?: string; message?: string; details?: unknown } };

function fieldsFrom(details: unknown): FieldErrors {
  if (!Array.isArray(details)) return {};
  const fields: FieldErrors = {};
  for (const item of details as { field?: unknown; message?: unknown }[]) {
    if (typeof item?.field === "string" && typeof item.message === "string") fields[item.field] ??= item.message;
  }
  return fields;
}

function retryAfterFrom(res: Response, details: unknown): number | undefined {
  const fromDetails = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (typeof fromDetails === "number") return fromDetails;
  const header = Number(res.headers.get("retry-after"));
  return Number.isFinite(header) && header > 0 ? header : undefined;
}

/** Reads a failed response as an ApiError (also when the body is not our JSON shape). */
export async function toApiError(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => ({}))) as ErrorBody;
  const { code = "INTERNAL_ERROR", message = "Something went wrong. Please try again.", details } = body.error ?? {};
  const retryAfterSeconds = retryAfterFrom(res, details);
  const serverText = code === "RATE_LIMITED" && retryAfterSeconds ? `Too many attempts. Try again in ${retryAfterSeconds} seconds.` : message;
  const text = apiErrorText(code, serverText, { retryAfterSeconds, details });
  return new ApiError(text, code, res.status, fieldsFrom(details), retryAfterSeconds);
}

/** The error for a request that never reached the server. */
export function networkError(): ApiError {
  return new ApiError(apiErrorText("NETWORK_ERROR", "Could not reach Cadence. Check your connection and try again."), "NETWORK_ERROR", 0);
}

// The server words its errors in the language this page is showing.
function withUiLocale(headers: HeadersInit | undefined): Headers {
  const all = new Headers(headers);
  const shown = typeof document === "undefined" ? "" : document.documentElement.lang;
  if (shown) all.set(UI_LOCALE_HEADER, shown);
  return all;
}

async function send(path: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: withUiLocale(init.headers), credentials: "same-origin" });
  } catch {
    throw networkError();
  }
  if (!res.ok) throw await toApiError(res);
  return res;
}

/** fetch() that throws ApiError for network failures and non-2xx answers. */
export function apiFetch(path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  return send(path, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** A multipart POST (an upload), with the same errors as apiRequest. */
export async function postForm<T>(path: string, form: FormData): Promise<T> {
  return (await (await send(path, { method: "POST", body: form })).json()) as T;
}

export async function apiRequest<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await apiFetch(path, init);
  return (await res.json()) as T;
}
