import "server-only";
import { apiError } from "../http";

// Open event streams per user on this instance. Each stream holds a LISTEN fan-out entry and a
// keep-alive timer, so one user must not open hundreds; the default comes from SSE_STREAMS_PER_USER
// and a plan may pass its own limit.

const open = new Map<string, number>();

/** Takes a stream slot for the user, or throws RATE_LIMITED; resolves to its release (idempotent). */
export function takeStreamSlot(userId: string, limit: number): () => void {
  const count = open.get(userId) ?? 0;
  if (count >= limit) {
    throw apiError("RATE_LIMITED", "common.tooManyStreams", { values: { count }, details: { limit, retryAfterSeconds: 5 }, headers: { "Retry-After": "5" } });
  }
  open.set(userId, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (open.get(userId) ?? 1) - 1;
    if (left > 0) open.set(userId, left);
    else open.delete(userId);
  };
}
