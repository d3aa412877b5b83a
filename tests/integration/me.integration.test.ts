import { describe, expect, it } from "vitest";
import { GET, PATCH, POST, PUT } from "@/app/api/me/route";
import { GET as getPersonas } from "@/app/api/personas/route";
import { call, errorOf } from "../fixtures/http";
import { signUpUser } from "../fixtures/users";
import { useTestDatabase } from "../setup/database";

useTestDatabase();

type Me = { displayName: string; preferredLanguage: string; timezone: string; coachStyle: string };

async function getMe(cookie: string): Promise<Me> {
  const res = await call(GET, "/api/me", { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as Me;
}

function patch(cookie: string, options: { json?: unknown; body?: string; headers?: HeadersInit }) {
  return call(PATCH, "/api/me", { method: "PATCH", cookie, ...options });
}

describe("GET /api/me", () => {
  it("is 401 in the error shape with a request id when signed out", async () => {
    const res = await call(GET, "/api/me");
    expect(res.status).toBe(401);
    const requestId = res.headers.get("x-request-id");
    expect(requestId).toBeTruthy();
    expect(await res.json()).toEqual({
      error: { code: "AUTH_REQUIRED", message: expect.any(String), requestId },
    });
  });

  it("marks small JSON answers no-transform so `next start` does not gzip them; large ones stay compressible", async () => {
    const user = await signUpUser();
    const small = await call(GET, "/api/me", { cookie: user.cookie });
    expect(small.headers.get("cache-control")).toContain("no-transform");
    expect(((await small.json()) as Me).displayName).toBe("Test User");
    const large = await call(getPersonas, "/api/personas", { cookie: user.cookie });
    expect((await large.text()).length).toBeGreaterThan(1024);
    expect(large.headers.get("cache-control") ?? "").not.toContain("no-transform");
  });

  it("keeps the caller's x-request-id", async () => {
    const res = await call(GET, "/api/me", { headers: { "x-request-id": "req-123" } });
    expect(res.headers.get("x-request-id")).toBe("req-123");
    expect((await errorOf(res)).requestId).toBe("req-123");
  });

  it("replaces an x-request-id outside a short token charset with a fresh one", async () => {
    for (const given of ["<script>alert(1)</script>", "a".repeat(129), "id with spaces", "multi\u00e9"]) {
      const res = await call(GET, "/api/me", { headers: { "x-request-id": given } });
      const echoed = res.headers.get("x-request-id");
      expect(echoed).not.toBe(given);
      expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
      expect((await errorOf(res)).requestId).toBe(echoed);
    }
  });

  it("is 401 for a forged session cookie", async () => {
    const res = await call(GET, "/api/me", { cookie: "better-auth.session_token=forged.value" });
    expect(res.status).toBe(401);
  });
});

describe("PATCH /api/me", () => {
  it("saves valid changes, which a later GET returns", async () => {
    const user = await signUpUser();
    const changes = { displayName: "New Name", preferredLanguage: "ja", timezone: "Asia/Tokyo", coachStyle: "tactical" };
    const res = await patch(user.cookie, { json: changes });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject(changes);
    expect(await getMe(user.cookie)).toMatchObject(changes);
  });

  it("changes only the fields sent", async () => {
    const user = await signUpUser({ name: "Keep Me" });
    await patch(user.cookie, { json: { timezone: "Europe/Paris" } });
    expect(await getMe(user.cookie)).toMatchObject({ displayName: "Keep Me", timezone: "Europe/Paris", preferredLanguage: "en" });
  });

  it.each([
    ["timezone", { timezone: "Mars/Olympus_Mons" }],
    ["preferredLanguage", { preferredLanguage: "xx" }],
    ["coachStyle", { coachStyle: "drill-sergeant" }],
    ["displayName", { displayName: "   " }],
  ])("rejects an invalid %s with 400 naming the field and changes nothing", async (field, json) => {
    const user = await signUpUser();
    const before = await getMe(user.cookie);
    const res = await patch(user.cookie, { json });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.details).toEqual([{ field, message: expect.any(String) }]);
    expect(await getMe(user.cookie)).toEqual(before);
  });

  it("rejects unknown fields, so nobody upgrades their own tier", async () => {
    const user = await signUpUser();
    const res = await patch(user.cookie, { json: { displayName: "Ok", subscriptionTier: "vip" } });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("VALIDATION_ERROR");
    expect(await getMe(user.cookie)).toMatchObject({ displayName: "Test User", subscriptionTier: "free" });
  });

  it("rejects an empty body and an empty object", async () => {
    const user = await signUpUser();
    for (const options of [{ body: "", headers: { "content-type": "application/json" } }, { json: {} }]) {
      const res = await patch(user.cookie, options);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe("VALIDATION_ERROR");
    }
  });

  it("rejects a body that is not JSON", async () => {
    const user = await signUpUser();
    const res = await patch(user.cookie, { body: "displayName=x", headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.details).toEqual([{ field: "body", message: "Invalid JSON" }]);
  });

  it("refuses a body that is not sent as application/json with 415, and a foreign Origin with 403", async () => {
    const user = await signUpUser();
    const plain = await patch(user.cookie, { body: JSON.stringify({ displayName: "Forged" }), headers: { "content-type": "text/plain" } });
    expect(plain.status).toBe(415);
    expect((await errorOf(plain)).code).toBe("UNSUPPORTED_MEDIA_TYPE");
    const foreign = await patch(user.cookie, { json: { displayName: "Forged" }, headers: { origin: "http://localhost:3001" } });
    expect(foreign.status).toBe(403);
    expect((await errorOf(foreign)).message).toContain("APP_URL");
    expect((await getMe(user.cookie)).displayName).toBe("Test User");
  });

  it("rejects a body over 1 MB with 413", async () => {
    const user = await signUpUser();
    const res = await patch(user.cookie, { json: { displayName: "x".repeat(1024 * 1024) } });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("rejects a declared content-length over 1 MB without reading the body", async () => {
    const user = await signUpUser();
    const res = await patch(user.cookie, {
      body: JSON.stringify({ displayName: "small" }),
      headers: { "content-type": "application/json", "content-length": String(2 * 1024 * 1024) },
    });
    expect(res.status).toBe(413);
    expect((await getMe(user.cookie)).displayName).toBe("Test User");
  });

  it("is 401 when signed out", async () => {
    const res = await call(PATCH, "/api/me", { method: "PATCH", json: { displayName: "x" } });
    expect(res.status).toBe(401);
  });
});

describe("methods", () => {
  it.each([
    ["PUT", PUT],
    ["POST", POST],
  ])("%s is 405 with an Allow header", async (method, handler) => {
    const user = await signUpUser();
    const res = await call(handler, "/api/me", { method, cookie: user.cookie, json: { displayName: "x" } });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, PATCH, DELETE");
    expect((await errorOf(res)).code).toBe("METHOD_NOT_ALLOWED");
  });
});
