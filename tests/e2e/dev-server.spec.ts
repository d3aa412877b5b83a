import { expect, test } from "./fixtures";

// `npm run dev` with no APP_URL, on a port other than 3000: the request's own localhost origin is
// trusted, so a newcomer can sign up wherever the dev server landed. The dev server compiles each
// route on its first request, hence the long waits.
test("in development without APP_URL, sign-up works on a port other than 3000", async ({ page, user }) => {
  test.setTimeout(300_000);
  expect(new URL(test.info().project.use.baseURL ?? "").port).not.toBe("3000");
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 180_000 });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible({ timeout: 60_000 });
});
