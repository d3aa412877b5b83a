import { describe, expect, it } from "vitest";
import { assertSameOrigin } from "@/lib/api/same-origin";
import { describeTrustedOrigin, trustedOriginsFor } from "@/lib/api/trusted-origins";
import { AppError } from "@/lib/http";
import { stubConfig } from "../setup/env";

function request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Request(url, { method: init.method ?? "POST", headers: init.headers, body: init.body });
}

function refusal(req: Request): AppError | undefined {
  try {
    assertSameOrigin(req);
    return undefined;
  } catch (error) {
    return error as AppError;
  }
}

const json = { "content-type": "application/json" };

describe("assertSameOrigin", () => {
  it("lets safe methods through from anywhere", () => {
    stubConfig({ APP_URL: "https://cadence.example", NODE_ENV: "production" });
    expect(refusal(request("https://cadence.example/api/me", { method: "GET", headers: { origin: "https://evil.example" } }))).toBeUndefined();
  });

  it("accepts APP_URL's origin, from Origin or, absent that, Referer", () => {
    stubConfig({ APP_URL: "https://cadence.example", NODE_ENV: "production" });
    const url = "https://cadence.example/api/coach/goals";
    expect(refusal(request(url, { headers: { origin: "https://cadence.example", ...json }, body: "{}" }))).toBeUndefined();
    expect(refusal(request(url, { headers: { referer: "https://cadence.example/coach", ...json }, body: "{}" }))).toBeUndefined();
    expect(refusal(request(url, { method: "DELETE", headers: { origin: "https://cadence.example" } }))).toBeUndefined();
  });

  it("refuses another origin, a sibling subdomain, a null origin and none at all with 403 naming APP_URL", () => {
    stubConfig({ APP_URL: "https://cadence.example", NODE_ENV: "production" });
    const url = "https://cadence.example/api/coach/goals";
    for (const headers of [
      { origin: "https://evil.example" },
      { origin: "https://sub.cadence.example" },
      { origin: "null" },
      { referer: "https://evil.example/page" },
      {} as Record<string, string>,
    ]) {
      const error = refusal(request(url, { headers: { ...headers, ...json }, body: "{}" }));
      expect(error?.code).toBe("FORBIDDEN");
      expect(error?.status).toBe(403);
    }
    expect(refusal(request(url, { headers: { origin: "https://evil.example" } }))?.message).toMatch(/APP_URL/);
  });

  it("answers 415 for a same-origin body that is not application/json", () => {
    stubConfig({ APP_URL: "https://cadence.example", NODE_ENV: "production" });
    const url = "https://cadence.example/api/coach/goals";
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const error = refusal(request(url, { headers: { origin: "https://cadence.example", "content-type": type }, body: '{"title":"x"}' }));
      expect(error?.code).toBe("UNSUPPORTED_MEDIA_TYPE");
      expect(error?.status).toBe(415);
    }
    expect(refusal(request(url, { headers: { origin: "https://cadence.example", "content-type": "application/json; charset=utf-8" }, body: "{}" }))).toBeUndefined();
    // A body with no content type at all (a Blob sent by fetch) is refused too; no body needs none.
    expect(refusal(request(url, { headers: { origin: "https://cadence.example", "content-length": "13" }, body: '{"title":"x"}' }))?.status).toBe(415);
    expect(refusal(request(url, { method: "DELETE", headers: { origin: "https://cadence.example", "content-length": "0" } }))).toBeUndefined();
  });

  it("in development without APP_URL trusts a localhost request's own origin on any port, and nothing else", () => {
    stubConfig({ APP_URL: undefined, NODE_ENV: "development" });
    const own = request("http://localhost:3001/api/coach/goals", { headers: { origin: "http://localhost:3001", ...json }, body: "{}" });
    expect(refusal(own)).toBeUndefined();
    expect(trustedOriginsFor(own)).toContain("http://localhost:3001");
    const foreign = request("http://localhost:3001/api/coach/goals", { headers: { origin: "http://localhost:4000", ...json }, body: "{}" });
    expect(refusal(foreign)?.code).toBe("FORBIDDEN");
    const lan = request("http://192.168.1.5:3001/api/coach/goals", { headers: { origin: "http://192.168.1.5:3001", ...json }, body: "{}" });
    expect(refusal(lan)?.code).toBe("FORBIDDEN");
    expect(describeTrustedOrigin()).toMatch(/own origin/);
  });

  it("in production trusts only APP_URL, even from localhost", () => {
    stubConfig({ APP_URL: undefined, NODE_ENV: "production" });
    const req = request("http://localhost:3001/api/coach/goals", { headers: { origin: "http://localhost:3001", ...json }, body: "{}" });
    expect(refusal(req)?.message).toContain("http://localhost:3000");
    expect(describeTrustedOrigin()).toBe("trusting requests from http://localhost:3000 and http://127.0.0.1:3000 (APP_URL)");
  });
});
