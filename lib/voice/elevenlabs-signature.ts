import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { apiError, AppError } from "../http";

// ElevenLabs signs webhooks with `ElevenLabs-Signature: t=<unix seconds>,v0=<hex HMAC-SHA256 of
// "<t>.<raw body>">` and documents a 30-minute tolerance for the timestamp.
export const SIGNATURE_TOLERANCE_SECONDS = 30 * 60;

function invalid(): AppError {
  return apiError("AUTH_REQUIRED", "common.webhookSignature");
}

export function signElevenLabsPayload({ secret, payload, timestamp }: { secret: string; payload: string; timestamp: number }) {
  return `t=${timestamp},v0=${createHmac("sha256", secret).update(`${timestamp}.${payload}`).digest("hex")}`;
}

/** Throws AUTH_REQUIRED (401) unless the header carries a fresh, matching signature of the raw body. */
export function verifyElevenLabsSignature({
  secret,
  payload,
  header,
  now = Date.now(),
}: {
  secret: string;
  payload: string;
  header: string | null;
  now?: number;
}): void {
  if (!header) throw invalid();
  const parts = Object.fromEntries(header.split(",").map((p) => p.trim().split("=", 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isFinite(timestamp) || !parts.v0) throw invalid();
  if (Math.abs(now / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS) throw invalid();
  const expected = Buffer.from(signElevenLabsPayload({ secret, payload, timestamp }).split("v0=")[1]!, "hex");
  const given = Buffer.from(parts.v0, "hex");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
}
