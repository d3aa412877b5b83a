import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as unknownRoute } from "@/app/api/[...path]/route";
import { GET as health } from "@/app/api/health/route";
import { GET as me } from "@/app/api/me/route";
import { call } from "../fixtures/http";
import { useTestDatabase } from "../setup/database";
import { stubConfig } from "../setup/env";

useTestDatabase();

function expectBaseHeaders(res: Response) {
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(res.headers.get("permissions-policy")).toBe("microphone=(self), camera=(), geolocation=()");
}

describe("security headers on API answers", () => {
  it("every answer (ok, 401, unknown route, 405) carries them, with a CSP that allows nothing", async () => {
    const answers = [
      await call(health, "/api/health"),
      await call(me, "/api/me"),
      await call(unknownRoute, "/api/nothing-here"),
      await call((await import("@/app/api/health/route")).POST, "/api/health", { method: "POST" }),
    ];
    expect(answers.map((res) => res.status)).toEqual([200, 401, 404, 405]);
    for (const res of answers) {
      expectBaseHeaders(res);
      expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get("strict-transport-security")).toBeNull();
    }
  });

  it("adds HSTS when APP_URL is https", async () => {
    stubConfig({ APP_URL: "https://cadence.example" });
    const res = await call(health, "/api/health", { baseUrl: "https://cadence.example" });
    expect(res.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });
});

describe("security headers on pages (proxy.ts)", () => {
  it("gives each page a fresh nonce in its CSP and passes the CSP on to the renderer", async () => {
    const { default: proxy } = await import("@/proxy");
    const page = async (path: string) => (proxy as (req: NextRequest) => Promise<Response> | Response)(new NextRequest(`http://localhost:3000${path}`));
    const first = await page("/");
    const second = await page("/sign-in");
    expectBaseHeaders(first);
    const csp = first.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(second.headers.get("content-security-policy")).not.toBe(csp);
    // Next reads the nonce from the CSP request header it forwards to the page render.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
  });

  it("sends signed-out visitors of app pages to sign-in, with the headers too", async () => {
    const { default: proxy } = await import("@/proxy");
    const res = await (proxy as (req: NextRequest) => Promise<Response> | Response)(new NextRequest("http://localhost:3000/coach"));
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("http://localhost:3000/sign-in?next=%2Fcoach");
    expectBaseHeaders(res);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
