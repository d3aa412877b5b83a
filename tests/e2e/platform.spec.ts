import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { expect, test } from "./fixtures";

test("health reports the embedded providers and no secret", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ status: "ok", db: { ok: true, driver: "pglite", vector: true } });
  expect(body.providers).toMatchObject({ auth: "local", llm: "offline", payments: "off" });
  expect(JSON.stringify(body)).not.toContain("e2e-cron-secret");
  expect(res.headers()["x-request-id"]).toBeTruthy();
});

test("API errors keep the one JSON shape in the production build", async ({ request }) => {
  const unknown = await request.get("/api/does-not-exist");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error).toMatchObject({ code: "NOT_FOUND" });

  const signedOut = await request.get("/api/me");
  expect(signedOut.status()).toBe(401);
  expect((await signedOut.json()).error.code).toBe("AUTH_REQUIRED");

  const cronDenied = await request.get("/api/cron/cleanup");
  expect(cronDenied.status()).toBe(401);
  const cron = await request.get("/api/cron/cleanup", { headers: { authorization: "Bearer e2e-cron-secret-0123456789" } });
  expect(cron.status()).toBe(200);
  expect((await cron.json()).job).toBe("cleanup");
});

test("the production server hides source maps, forged request ids and undecodable paths", async ({ request }) => {
  expect((await request.get("/serwist/sw.js")).status()).toBe(200);
  expect((await request.get("/serwist/sw.js.map")).status()).toBe(404);

  const forged = await request.get("/api/health", { headers: { "x-request-id": "<b>forged id</b>" } });
  expect(forged.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const kept = await request.get("/api/health", { headers: { "x-request-id": "trace-42" } });
  expect(kept.headers()["x-request-id"]).toBe("trace-42");

  const malformed = await request.get("/api/calls/%E0%A4%A/transcript");
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error).toMatchObject({ code: "VALIDATION_ERROR" });
});

test("Chromium reports the app installable", async ({ baseURL }, testInfo) => {
  // Installability is never granted in incognito, which every Playwright test context is, so this
  // test opens a persistent profile of its own.
  const profile = await mkdtemp(path.join(tmpdir(), "cadence-pwa-"));
  const context = await chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL });
  try {
    const page = await context.newPage();
    await page.goto("/");
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
    const { url, errors } = await cdp.send("Page.getAppManifest");
    expect(url).toMatch(/\/manifest\.webmanifest$/);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test("the service worker serves the offline page when the network is gone", async ({ page, context }) => {
  await page.goto("/");
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  // The offline page is precached while the worker installs; wait until it is really there.
  await expect
    .poll(() => page.evaluate(async () => Boolean(await caches.match("/~offline", { ignoreSearch: true }))))
    .toBe(true);

  await context.setOffline(true);
  // A navigation can race a page-load the worker's activation started; navigate until one lands.
  await expect(async () => {
    await page.goto("/a-page-never-visited");
    await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await context.setOffline(false);
  // Back online, the offline page reloads itself. Then leave no worker running: closing a context
  // with a live service worker while a trace is recorded can hang Playwright's teardown.
  await expect(page.getByRole("heading", { name: "You are offline" })).toBeHidden();
  await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => Promise.all(all.map((r) => r.unregister()))));
  await page.close();
});
