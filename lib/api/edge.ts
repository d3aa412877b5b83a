import { NextResponse, type NextRequest } from "next/server";

/** Passes the request on with an x-request-id that handlers log and every response carries. */
export function withRequestId(req: NextRequest, requestId: string): NextResponse {
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("x-request-id", requestId);
  return res;
}
