import { NextResponse, type NextRequest } from "next/server";

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
