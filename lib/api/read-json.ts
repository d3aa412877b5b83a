import type { z } from "zod";
import { AppError, validationError } from "../http";

export const MAX_BODY_BYTES = 1024 * 1024;

export function payloadTooLarge(): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", "The request body is larger than 1 MB.", {
    limitBytes: MAX_BODY_BYTES,
  });
}

/** Reads a JSON body of at most 1 MB and validates it; every failure is a typed AppError. */
export async function readJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.output<S>> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw payloadTooLarge();
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw payloadTooLarge();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    throw new AppError("VALIDATION_ERROR", "The request body is not valid JSON.", [
      { field: "body", message: "Invalid JSON" },
    ]);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
