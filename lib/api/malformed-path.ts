import type { ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";

// Next decodes the path before any route runs, and a malformed `%` escape there ends in its own
// plain-text 400 page. API clients are promised one JSON error shape, so such a path is answered
// here, at the server's entry, before Next sees it.

/** An /api/ path whose percent escapes do not decode. */
export function isMalformedApiPath(url: string | undefined): boolean {
  if (!url?.startsWith("/api/")) return false;
  const path = url.split("?")[0]!;
  if (!path.includes("%")) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

export function answerMalformedPath(res: ServerResponse): void {
  const requestId = randomUUID();
  const body = JSON.stringify({
    error: {
      code: "VALIDATION_ERROR",
      message: "The request path has a malformed percent escape.",
      details: [{ field: "path", message: "Malformed percent escape" }],
      requestId,
    },
  });
  res.writeHead(400, { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-request-id": requestId });
  res.end(body);
}
