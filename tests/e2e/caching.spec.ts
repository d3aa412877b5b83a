import { expect, test } from "./fixtures";

// What the browser may keep: pages for back and forward (revalidated on every other visit), the
// build's hashed assets for good, and nothing of the signed-in pages once the user signs out.

test("pages may be kept privately and revalidated, the build's scripts are immutable", async ({ page }) => {
  const res = await page.goto("/");
  expect(res?.headers()["cache-control"]).toBe("private, max-age=0, must-revalidate");
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
  expect(script).toBeTruthy();
  const asset = await page.request.get(script!);
  expect(asset.ok()).toBe(true);
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});

test("signed-in pages are kept privately, and signing out tells the browser to clear its cache", async ({ app, page, user }) => {
  await app.signUp(user);
  const res = await page.goto("/dashboard");
  expect(res?.headers()["cache-control"]).toBe("private, max-age=0, must-revalidate");
  const signOut = page.waitForResponse((r) => r.url().endsWith("/api/auth/sign-out"));
  await app.signOut();
  const answer = await signOut;
  expect(answer.status()).toBe(200);
  // headers() leaves out security-related headers such as this one; allHeaders() has them all.
  expect((await answer.allHeaders())["clear-site-data"]).toBe('"cache"');
  // Back from sign-in never shows the signed-in page the browser had kept: the server is asked again.
  await page.goBack();
  await expect(page).not.toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: /^Welcome/ })).toHaveCount(0);
});
