import { ZodError } from "zod";
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

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly details?: unknown,
    public readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return statusByCode[this.code];
  }

  toResponse(requestId: string): Response {
    const body: ErrorBody = {
      error: { code: this.code, message: this.message, requestId },
    };
    if (this.details !== undefined) body.error.details = this.details;
    return Response.json(body, {
      status: this.status,
      headers: { ...this.headers, "x-request-id": requestId },
    });
  }
}

export function validationError(error: ZodError): AppError {
  return new AppError(
    "VALIDATION_ERROR",
    "Some fields are invalid.",
    error.issues.map((issue) => ({
      field: issue.path.join(".") || "body",
      message: issue.message,
    })),
  );
}

export function notFound(what = "Resource"): AppError {
  return new AppError("NOT_FOUND", `${what} not found.`);
}

export function rateLimited(retryAfterSeconds: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new AppError(
    "RATE_LIMITED",
    `Too many attempts. Try again in ${seconds} seconds.`,
    { retryAfterSeconds: seconds },
    { "Retry-After": String(seconds) },
  );
}

/** Maps anything thrown inside a handler to the one JSON error shape; unknown errors are logged in full. */
export function errorToResponse(error: unknown, requestId: string): Response {
  if (error instanceof AppError) return error.toResponse(requestId);
  if (error instanceof ZodError) return validationError(error).toResponse(requestId);
  log.error({ err: error, requestId }, "unhandled error");
  return new AppError("INTERNAL_ERROR", "Something went wrong on our side.").toResponse(requestId);
}
