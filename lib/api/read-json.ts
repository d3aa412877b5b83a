import type { z } from "zod";
import { apiError, invalidFields, type AppError, validationError } from "../http";
import { unsafeTextIssues } from "./safe-input";

export const MAX_BODY_BYTES = 1024 * 1024;

export function payloadTooLarge(limitBytes = MAX_BODY_BYTES): AppError {
  return apiError("PAYLOAD_TOO_LARGE", "common.bodyTooLarge", { values: { megabytes: Math.round((limitBytes / 1024 / 1024) * 10) / 10 }, details: { limitBytes } });
}

/** The body's bytes, at most `maxBytes`: a larger declared length is refused unread, and a stream that
 * runs past the limit is cancelled there, so an oversized body is never held in memory. */
export async function readBodyBytes(req: Request, maxBytes = MAX_BODY_BYTES, tooLarge = () => payloadTooLarge(maxBytes)): Promise<Buffer> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge();
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The body as text, at most 1 MB (or `maxBytes`). */
export async function readBodyText(req: Request, maxBytes = MAX_BODY_BYTES): Promise<string> {
  return (await readBodyBytes(req, maxBytes)).toString("utf8");
}

/** Reads a JSON body of at most 1 MB (or `maxBytes`) and validates it; every failure is a typed AppError. */
export async function readJson<S extends z.ZodType>(req: Request, schema: S, { maxBytes }: { maxBytes?: number } = {}): Promise<z.output<S>> {
  const text = await readBodyText(req, maxBytes);
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    throw apiError("VALIDATION_ERROR", "common.invalidJson", { fields: [{ field: "body", key: "fields.invalidJson" }] });
  }
  const unsafe = unsafeTextIssues(body);
  if (unsafe.length) throw invalidFields(unsafe);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
