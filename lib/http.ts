import { ZodError } from "zod";
import { errorText, type ApiErrorKey, type ErrorValues } from "./i18n/error-text";
import { issueMessage } from "./i18n/issue-message";
import { DEFAULT_LOCALE, type UiLocale } from "./i18n/locales";
import { log } from "./log";

const statusByCode = {
  VALIDATION_ERROR: 400,
  AUTH_REQUIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TRANSLATION_UNAVAILABLE: 422,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  NOT_IMPLEMENTED: 501,
  EXTERNAL_SERVICE_ERROR: 502,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof statusByCode;

export type ErrorBody = {
  error: { code: ErrorCode; message: string; details?: unknown; requestId: string };
};

/** What an error says to a reader of one language. */
export type Worded = { message: string; details?: unknown };

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly details?: unknown,
    public readonly headers: Record<string, string> = {},
    private readonly wordsIn?: (locale: UiLocale) => Worded,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return statusByCode[this.code];
  }

  /** The message and details for a reader of `locale`; `message` and `details` stay English (logs, tests). */
  worded(locale: UiLocale = DEFAULT_LOCALE): Worded {
    return this.wordsIn?.(locale) ?? { message: this.message, details: this.details };
  }

  toResponse(requestId: string, locale: UiLocale = DEFAULT_LOCALE): Response {
    const { message, details } = this.worded(locale);
    const body: ErrorBody = { error: { code: this.code, message, requestId } };
    if (details !== undefined) body.error.details = details;
    return Response.json(body, {
      status: this.status,
      headers: { ...this.headers, "x-request-id": requestId },
    });
  }
}

/** A field's message in the details of a VALIDATION_ERROR. */
export type FieldWords = { field: string; key: ApiErrorKey; values?: ErrorValues };

type ApiErrorOptions = { values?: ErrorValues; details?: unknown; fields?: FieldWords[]; headers?: Record<string, string> };

/** An error worded by a key under ApiErrors in messages/, answered in each reader's language. `fields`
 * become the details ({ field, message }), worded the same way. */
export function apiError(code: ErrorCode, key: ApiErrorKey, { values, details, fields, headers }: ApiErrorOptions = {}): AppError {
  const wordsIn = (locale: UiLocale): Worded => ({
    message: errorText(locale, key, values),
    details: fields ? fields.map((f) => ({ field: f.field, message: errorText(locale, f.key, f.values) })) : details,
  });
  const english = wordsIn(DEFAULT_LOCALE);
  return new AppError(code, english.message, english.details, headers, wordsIn);
}

/** A VALIDATION_ERROR with one detail per field (each a key under ApiErrors). */
export function invalidFields(fields: FieldWords[]): AppError {
  return apiError("VALIDATION_ERROR", "common.invalidFields", { fields });
}

export function validationError(error: ZodError): AppError {
  const wordsIn = (locale: UiLocale): Worded => ({
    message: errorText(locale, "common.invalidFields"),
    details: error.issues.map((issue) => ({ field: issue.path.join(".") || "body", message: issueMessage(issue, locale) })),
  });
  const english = wordsIn(DEFAULT_LOCALE);
  return new AppError("VALIDATION_ERROR", english.message, english.details, {}, wordsIn);
}

export type NotFoundKey = Extract<ApiErrorKey, `notFound.${string}`> extends `notFound.${infer Name}` ? Name : never;

export function notFound(what: NotFoundKey = "resource"): AppError {
  return apiError("NOT_FOUND", `notFound.${what}`);
}

export function rateLimited(retryAfterSeconds: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return apiError("RATE_LIMITED", "common.rateLimited", {
    values: { seconds },
    details: { retryAfterSeconds: seconds },
    headers: { "Retry-After": String(seconds) },
  });
}

/** Maps anything thrown inside a handler to the one JSON error shape, worded for a reader of `locale`;
 * unknown errors are logged in full. */
export function errorToResponse(error: unknown, requestId: string, locale: UiLocale = DEFAULT_LOCALE): Response {
  if (error instanceof AppError) return error.toResponse(requestId, locale);
  if (error instanceof ZodError) return validationError(error).toResponse(requestId, locale);
  log.error({ err: error, requestId }, "unhandled error");
  return apiError("INTERNAL_ERROR", "common.internal").toResponse(requestId, locale);
}
