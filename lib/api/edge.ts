import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "../http";
import { MAX_BODY_BYTES, payloadTooLarge } from "./read-json";

/** Passes the request on with an x-request-id that handlers log and every response carries. */
export function withRequestId(req: NextRequest, requestId: string): NextResponse {
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("x-request-id", requestId);
  return res;
}

/** Rejects declared bodies over 1 MB before any handler reads them. */
export function payloadTooLargeResponse(req: NextRequest, requestId: string): Response | null {
  if (!req.nextUrl.pathname.startsWith("/api/")) return null;
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length <= MAX_BODY_BYTES) return null;
  const error: AppError = payloadTooLarge();
  return error.toResponse(requestId);
}
