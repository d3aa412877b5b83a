import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, errorToResponse, notFound, rateLimited, validationError, type ErrorCode } from "@/lib/http";

type Body = { error: { code: string; message: string; details?: unknown; requestId: string } };

describe("AppError", () => {
  it.each([
    ["VALIDATION_ERROR", 400],
    ["AUTH_REQUIRED", 401],
    ["FORBIDDEN", 403],
    ["NOT_FOUND", 404],
    ["METHOD_NOT_ALLOWED", 405],
    ["CONFLICT", 409],
    ["PAYLOAD_TOO_LARGE", 413],
    ["RATE_LIMITED", 429],
    ["INTERNAL_ERROR", 500],
    ["NOT_IMPLEMENTED", 501],
    ["EXTERNAL_SERVICE_ERROR", 502],
    ["SERVICE_UNAVAILABLE", 503],
  ] as [ErrorCode, number][])("%s answers %i in the one error shape", async (code, status) => {
    const res = new AppError(code, "Something specific.").toResponse("req-1");
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.headers.get("x-request-id")).toBe("req-1");
    expect(await res.json()).toEqual({ error: { code, message: "Something specific.", requestId: "req-1" } });
  });

  it("includes details and extra headers when given", async () => {
    const res = new AppError("CONFLICT", "Taken.", { field: "email" }, { "X-Extra": "1" }).toResponse("r");
    expect(res.headers.get("x-extra")).toBe("1");
    expect(((await res.json()) as Body).error.details).toEqual({ field: "email" });
  });
});

describe("errorToResponse", () => {
  it("maps a zod error to VALIDATION_ERROR with one detail per field, nested paths joined", async () => {
    const schema = z.object({ name: z.string().min(1, "Enter a name."), address: z.object({ zip: z.string().length(5, "Five digits.") }) });
    const parsed = schema.safeParse({ name: "", address: { zip: "1" } });
    expect(parsed.success).toBe(false);
    const res = errorToResponse(parsed.error, "req-2");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: "VALIDATION_ERROR",
        message: "Some fields are invalid.",
        requestId: "req-2",
        details: [
          { field: "name", message: "Enter a name." },
          { field: "address.zip", message: "Five digits." },
        ],
      },
    });
  });

  it("names the body when the whole value is wrong", () => {
    const parsed = z.object({ a: z.string() }).safeParse("just a string");
    expect(validationError(parsed.error!).details).toEqual([{ field: "body", message: expect.any(String) }]);
  });

  it("answers an unknown error with a generic 500: no message, stack or secret leaks", async () => {
    const error = new Error("connect ECONNREFUSED postgres://admin:hunter2@db.internal:5432");
    const res = errorToResponse(error, "req-3");
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: "INTERNAL_ERROR", message: "Something went wrong on our side.", requestId: "req-3" },
    });
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("ECONNREFUSED");
    expect(text).not.toMatch(/\bat\s.+:\d+:\d+/);
  });

  it("handles thrown non-errors", async () => {
    for (const thrown of ["a string", null, { weird: true }]) {
      const res = errorToResponse(thrown, "r");
      expect(res.status).toBe(500);
      expect(((await res.json()) as Body).error.code).toBe("INTERNAL_ERROR");
    }
  });

  it("passes AppErrors through unchanged", async () => {
    const res = errorToResponse(notFound("call"), "r");
    expect(res.status).toBe(404);
    expect(((await res.json()) as Body).error.message).toBe("Call not found.");
  });
});

describe("rateLimited", () => {
  it.each([
    [0, "1"],
    [0.2, "1"],
    [12.1, "13"],
    [60, "60"],
  ])("waits %f s → Retry-After %s", (seconds, header) => {
    const error = rateLimited(seconds);
    expect(error.status).toBe(429);
    expect(error.headers["Retry-After"]).toBe(header);
    expect(error.details).toEqual({ retryAfterSeconds: Number(header) });
    expect(error.toResponse("r").headers.get("retry-after")).toBe(header);
  });
});
