import type { Env } from "./config";

// The security headers every page and API answer carries. Pages get a nonce-based CSP from proxy.ts
// (Next reads the nonce from the request's CSP header and puts it on its own scripts); API answers
// get a CSP that allows nothing, since they are never rendered as documents.

const ELEVENLABS_ORIGINS = ["https://api.elevenlabs.io", "wss://api.elevenlabs.io", "wss://livekit.rtc.elevenlabs.io"];
const CLERK_ASSET_ORIGINS = { img: "https://img.clerk.com", challenges: "https://challenges.cloudflare.com" };

export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

type CspEnv = Pick<Env, "APP_URL" | "NODE_ENV" | "ELEVENLABS_API_KEY" | "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY" | "CLERK_SECRET_KEY">;

/** A fresh, unguessable nonce for one page response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Clerk's Frontend API origin, which the publishable key encodes (base64 of "<host>$"). */
export function clerkFrontendApiOrigin(publishableKey: string): string | null {
  const encoded = /^pk_(test|live)_(.+)$/.exec(publishableKey)?.[2];
  if (!encoded) return null;
  try {
    const host = atob(encoded).replace(/\$$/, "");
    return /^[a-z0-9.-]+$/i.test(host) ? `https://${host}` : null;
  } catch {
    return null;
  }
}

/** The page CSP: scripts only with this response's nonce (and what they load, 'strict-dynamic');
 * ElevenLabs and Clerk origins only when those providers are configured. */
export function pageContentSecurityPolicy({ nonce, env }: { nonce: string; env: CspEnv }): string {
  const clerk = env.CLERK_SECRET_KEY && env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY ? clerkFrontendApiOrigin(env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY) : null;
  const elevenlabs = env.ELEVENLABS_API_KEY ? ELEVENLABS_ORIGINS : [];
  const clerkScripts = clerk ? [clerk, CLERK_ASSET_ORIGINS.challenges] : [];
  // React's dev build evaluates code for its debugging features; production never needs eval.
  const devEval = env.NODE_ENV === "development" ? ["'unsafe-eval'"] : [];
  const directives: [string, string[]][] = [
    ["default-src", ["'self'"]],
    ["script-src", ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...devEval, ...clerkScripts]],
    // Server-rendered style attributes (React's style prop) need 'unsafe-inline'; scripts never get it.
    ["style-src", ["'self'", "'unsafe-inline'"]],
    ["img-src", ["'self'", "data:", "blob:", ...(clerk ? [CLERK_ASSET_ORIGINS.img] : [])]],
    ["font-src", ["'self'", "data:"]],
    ["media-src", ["'self'", "blob:", "data:"]],
    ["connect-src", ["'self'", ...elevenlabs, ...(clerk ? [clerk] : [])]],
    ["worker-src", ["'self'", "blob:"]],
    ["frame-src", clerk ? [CLERK_ASSET_ORIGINS.challenges] : ["'none'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'"]],
    ["frame-ancestors", ["'none'"]],
  ];
  const policy = directives.map(([name, sources]) => `${name} ${sources.join(" ")}`);
  if (env.APP_URL.startsWith("https://")) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

/** The headers besides the CSP: no MIME sniffing, referrers only to our own origin in full, the
 * microphone for this origin only, and HSTS when the app is served over https. */
export function baseSecurityHeaders(env: Pick<Env, "APP_URL">): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "microphone=(self), camera=(), geolocation=()",
    ...(env.APP_URL.startsWith("https://") ? { "strict-transport-security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** Sets the security headers on a response, copying it first when its headers are immutable. */
export function withSecurityHeaders(res: Response, { env, csp }: { env: Pick<Env, "APP_URL">; csp: string }): Response {
  const headers = { ...baseSecurityHeaders(env), "content-security-policy": csp };
  try {
    for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
    return res;
  } catch {
    const copy = new Response(res.body, res);
    for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
    return copy;
  }
}
