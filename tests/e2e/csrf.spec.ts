import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// A page on another origin (same site: another port on localhost, so the browser sends the session
// cookie along) tries to create a goal in the signed-in visitor's account.

function attackerPage(target: string): string {
  return `<!doctype html><html><body>
<form id="plain" method="POST" action="${target}/api/coach/goals" enctype="text/plain">
  <input name='{"title":"Forged by form","x":"' value='"}'>
</form>
<script>
  window.forgeByFetch = () => fetch("${target}/api/coach/goals", {
    method: "POST", mode: "no-cors", credentials: "include",
    headers: { "content-type": "text/plain" }, body: JSON.stringify({ title: "Forged by fetch" }),
  }).then(() => "sent", () => "failed");
  window.forgeByJsonFetch = () => fetch("${target}/api/coach/goals", {
    method: "POST", credentials: "include",
    headers: { "content-type": "application/json" }, body: JSON.stringify({ title: "Forged by JSON fetch" }),
  }).then((r) => String(r.status), () => "blocked");
</script></body></html>`;
}

async function goalTitles(page: Page): Promise<string[]> {
  const res = await page.request.get("/api/coach/goals");
  expect(res.status()).toBe(200);
  return ((await res.json()) as { goals: { title: string }[] }).goals.map((g) => g.title);
}

let server: Server;
let attackerOrigin = "";

test.beforeAll(async ({ baseURL }) => {
  server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(attackerPage(baseURL!));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  attackerOrigin = `http://localhost:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test("csrf: a page on another origin cannot create anything in a signed-in account", async ({ page, app, user }) => {
  await app.signUp(user);
  await page.goto(attackerOrigin);

  expect(await page.evaluate(() => (window as unknown as { forgeByFetch: () => Promise<string> }).forgeByFetch())).toBe("sent");
  // The browser refuses a cross-origin JSON fetch its preflight was not allowed for.
  expect(await page.evaluate(() => (window as unknown as { forgeByJsonFetch: () => Promise<string> }).forgeByJsonFetch())).toBe("blocked");

  const [answer] = await Promise.all([
    page.waitForResponse((res) => res.url().endsWith("/api/coach/goals") && res.request().method() === "POST"),
    page.locator("#plain").evaluate((form: HTMLFormElement) => form.submit()),
  ]);
  expect(answer.status()).toBe(403);
  expect((await answer.json()).error.code).toBe("FORBIDDEN");

  expect(await goalTitles(page)).toEqual([]);

  // The app's own pages still can: the same request from its origin is accepted.
  await page.goto("/dashboard");
  const status = await page.evaluate(() =>
    fetch("/api/coach/goals", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ title: "Mine" }) }).then((r) => r.status),
  );
  expect(status).toBe(201);
  expect(await goalTitles(page)).toEqual(["Mine"]);
});
