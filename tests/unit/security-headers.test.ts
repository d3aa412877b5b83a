import { describe, expect, it } from "vitest";
import { loadConfig } from "@/lib/config";
import { baseSecurityHeaders, clerkFrontendApiOrigin, createNonce, pageContentSecurityPolicy } from "@/lib/security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
const clerkKey = `pk_test_${btoa("clerk.cadence.example$")}`;

describe("page Content-Security-Policy", () => {
  it("allows scripts only with the response's nonce, forbids framing, and names no vendor without keys", () => {
    const { env } = loadConfig({ NODE_ENV: "production" });
    const csp = directives(pageContentSecurityPolicy({ nonce: "abc123", env }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("adds the ElevenLabs and Clerk origins only when they are configured", () => {
    const { env } = loadConfig({
      NODE_ENV: "production",
      APP_URL: "https://cadence.example",
      ELEVENLABS_API_KEY: "el-key",
      CLERK_SECRET_KEY: "sk_test_1",
      NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: clerkKey,
    });
    const csp = directives(pageContentSecurityPolicy({ nonce: "n", env }));
    expect(csp.get("connect-src")).toEqual(expect.arrayContaining(["wss://api.elevenlabs.io", "https://api.elevenlabs.io", "https://clerk.cadence.example"]));
    expect(csp.get("script-src")).toContain("https://clerk.cadence.example");
    expect(csp.get("img-src")).toContain("https://img.clerk.com");
    expect(csp.has("upgrade-insecure-requests")).toBe(true);
  });

  it("reads the Clerk Frontend API host from the publishable key, and refuses anything else", () => {
    expect(clerkFrontendApiOrigin(clerkKey)).toBe("https://clerk.cadence.example");
    expect(clerkFrontendApiOrigin(`pk_live_${btoa("evil.example; script-src *$")}`)).toBeNull();
    expect(clerkFrontendApiOrigin("not-a-key")).toBeNull();
  });

  it("draws a new nonce every time", () => {
    expect(createNonce()).not.toBe(createNonce());
    expect(createNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("base security headers", () => {
  it("nosniff, strict-origin-when-cross-origin, the microphone for self only; HSTS only over https", () => {
    const http = baseSecurityHeaders(loadConfig({}).env);
    expect(http).toEqual({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "permissions-policy": "microphone=(self), camera=(), geolocation=()",
    });
    expect(baseSecurityHeaders(loadConfig({ APP_URL: "https://cadence.example" }).env)["strict-transport-security"]).toBe(
      "max-age=63072000; includeSubDomains",
    );
  });
});
