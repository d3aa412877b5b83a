import "server-only";
import { requireUser } from "../auth";
import type { User } from "../db/schema";
import { getDb } from "../db/client";
import type { Db } from "../db/types";
import { apiError, errorToResponse } from "../http";
import { errorLocale } from "../i18n/error-locale";
import { log } from "../log";
import { getConfig } from "../config";
import { API_CONTENT_SECURITY_POLICY, withSecurityHeaders } from "../security-headers";
import { requestIdFrom } from "./edge";
import { assertSameOrigin } from "./same-origin";

type RouteContext = { params: Promise<Record<string, string | string[]>> };
export type RouteHandler = (req: Request, ctx: RouteContext) => Promise<Response>;

export type HandlerArgs = {
  req: Request;
  requestId: string;
  params: Record<string, string | string[]>;
  db: Db;
};

export function requestIdOf(req: Request): string {
  return requestIdFrom(req.headers);
}

// `next start` gzips every response whose length it cannot see, and it drops any Content-Length a
// route sets, so its compression middleware's 1 KB threshold never applies: each ~200-byte JSON answer
// was gzipped (coming out larger) for ~8 % of the server's CPU on the transcript hot path. Small JSON
// bodies are marked no-transform, which that middleware honours; larger ones are still compressed.
const COMPRESS_FROM_BYTES = 1024;

async function uncompressedWhenSmall(res: Response): Promise<Response> {
  if (!res.body || !res.headers.get("content-type")?.startsWith("application/json")) return res;
  const body = await res.arrayBuffer();
  const sized = new Response(body, res);
  if (body.byteLength < COMPRESS_FROM_BYTES) {
    sized.headers.set("cache-control", [res.headers.get("cache-control"), "no-transform"].filter(Boolean).join(", "));
  }
  return sized;
}

async function finish(response: Response, requestId: string, req: Request, started: number, userId?: string) {
  const res = await uncompressedWhenSmall(response);
  res.headers.set("x-request-id", requestId);
  log.info(
    {
      requestId,
      method: req.method,
      path: new URL(req.url).pathname,
      status: res.status,
      ms: Math.round(performance.now() - started),
      userId,
    },
    "request",
  );
  return res;
}

type RouteOptions = {
  /** Webhooks and cron prove who sent them by a signature or secret, checked by the handler, so
   * they skip the same-origin and JSON content-type checks. */
  authenticatedBy?: "signature";
};

/** Public handler: request id, database, same-origin check, and every error mapped to the one JSON shape. */
export function withRoute(fn: (args: HandlerArgs) => Promise<Response>, options: RouteOptions = {}): RouteHandler {
  return async (req, ctx) => {
    const started = performance.now();
    const requestId = requestIdOf(req);
    try {
      if (options.authenticatedBy !== "signature") assertSameOrigin(req);
      const res = await fn({ req, requestId, params: await ctx.params, db: await getDb() });
      return finish(res, requestId, req, started);
    } catch (error) {
      return finish(errorToResponse(error, requestId, errorLocale(req.headers)), requestId, req, started);
    }
  };
}

/** Authenticated handler: as withRoute, plus the acting user (401 error shape when signed out).
 * `bodyTypes` lets an upload route take a body other than JSON (see assertSameOrigin). */
export function withUser(fn: (args: HandlerArgs & { user: User }) => Promise<Response>, options: { bodyTypes?: readonly string[] } = {}): RouteHandler {
  return async (req, ctx) => {
    const started = performance.now();
    const requestId = requestIdOf(req);
    let userId: string | undefined;
    let userLanguage: string | undefined;
    try {
      assertSameOrigin(req, options.bodyTypes);
      const db = await getDb();
      const user = await requireUser({ db, request: req });
      userId = user.id;
      userLanguage = user.preferredLanguage;
      const res = await fn({ req, requestId, params: await ctx.params, db, user });
      return finish(res, requestId, req, started, userId);
    } catch (error) {
      return finish(errorToResponse(error, requestId, errorLocale(req.headers, userLanguage)), requestId, req, started, userId);
    }
  };
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/** Every API answer carries the security headers (the proxy skips API routes; see proxy.ts). */
export function withApiSecurityHeaders(handler: RouteHandler): RouteHandler {
  return async (req, ctx) => withSecurityHeaders(await handler(req, ctx), { env: getConfig().env, csp: API_CONTENT_SECURITY_POLICY });
}

/** Fills the methods a route does not serve with a 405 in the JSON error shape; every method's
 * answer gets the security headers. */
export function methods(handlers: Partial<Record<Method, RouteHandler>>): Record<Method, RouteHandler> {
  const allowed = METHODS.filter((m) => handlers[m]).join(", ");
  const notAllowed: RouteHandler = async (req) => {
    const requestId = requestIdOf(req);
    return apiError("METHOD_NOT_ALLOWED", "common.methodNotAllowed", { values: { allowed }, headers: { Allow: allowed } }).toResponse(
      requestId,
      errorLocale(req.headers),
    );
  };
  return Object.fromEntries(METHODS.map((m) => [m, withApiSecurityHeaders(handlers[m] ?? notAllowed)])) as Record<
    Method,
    RouteHandler
  >;
}

