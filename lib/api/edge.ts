import { NextResponse, type NextRequest } from "next/server";

// A client may pass its own x-request-id to correlate logs, but it is echoed in responses and log
// lines, so only a short token of safe characters is kept; anything else gets a fresh id.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(headers: Headers): string {
  const given = headers.get("x-request-id");
  return given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

/** Passes the request on with an x-request-id that handlers log and every response carries (and any
 * other request headers the page needs, such as its CSP nonce). */
export function withRequestId(req: NextRequest, requestId: string, extra: Record<string, string> = {}): NextResponse {
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("x-request-id", requestId);
  return res;
}
