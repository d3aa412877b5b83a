import { clerkMiddleware } from "@clerk/nextjs/server";
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { requestIdFrom, withRequestId } from "./lib/api/edge";
import { pageCacheControl } from "./lib/cache-control";
import { getConfig } from "./lib/config";
import { createNonce, pageContentSecurityPolicy, withSecurityHeaders } from "./lib/security-headers";

// Runs before every page: request ids, the security headers with a fresh CSP nonce (Next puts it on
// its scripts), how long the browser may keep the page, and sending signed-out visitors of app pages
// to sign-in.
// API routes are left out on purpose: a proxy on a route costs Next about 1.3 ms of CPU per request
// even when it does nothing (a third of a transcript append), and the route wrappers already give
// every API response its request id, security headers, the 1 MB body limit and the session check
// (lib/api/handler.ts).

const APP_PREFIXES = ["/dashboard", "/settings", "/notifications", "/practice", "/coach", "/connect", "/translate", "/wellbeing"];

function isAppPage(req: NextRequest): boolean {
  const path = req.nextUrl.pathname;
  return APP_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

function signInRedirect(req: NextRequest): Response {
  const url = new URL("/sign-in", req.url);
  url.searchParams.set("next", req.nextUrl.pathname + req.nextUrl.search);
  const { env } = getConfig();
  return withSecurityHeaders(NextResponse.redirect(url), { env, csp: pageContentSecurityPolicy({ nonce: createNonce(), env }) });
}

function common(req: NextRequest): Response {
  const { env, providers } = getConfig();
  const nonce = createNonce();
  const csp = pageContentSecurityPolicy({ nonce, env });
  const requestId = requestIdFrom(req.headers);
  const forwarded = { "content-security-policy": csp, "x-nonce": nonce };
  const res = withSecurityHeaders(withRequestId(req, requestId, forwarded), { env, csp });
  // Next keeps a Cache-Control the proxy sets instead of its own no-store (lib/cache-control.ts).
  res.headers.set("cache-control", pageCacheControl({ appPage: isAppPage(req), auth: providers.auth }));
  return res;
}

const localProxy = (req: NextRequest) => {
  if (isAppPage(req) && !getSessionCookie(req)) return signInRedirect(req);
  return common(req);
};

const clerkProxy = clerkMiddleware(async (auth, req) => {
  if (isAppPage(req)) await auth.protect();
  return common(req);
});

export default getConfig().providers.auth === "clerk" ? clerkProxy : localProxy;

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|icons/|favicon.ico|sw.js|serwist/|manifest.webmanifest).*)"],
};
