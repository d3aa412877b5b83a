import { expect, test } from "./fixtures";

test("a signed-out visitor of an app page is sent to sign-in and comes back after", async ({ app, page, user }) => {
  await app.signUp(user);
  await app.signOut();

  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings$/);
});

test("sign-up does not reveal a taken email, and explains invalid fields", async ({ app, page, user }) => {
  await app.signUp(user);
  await app.signOut();

  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Someone Else");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("another password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/Check your email: this address may already have an account/)).toBeVisible();

  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up/);
});

test("the theme toggle switches between light and dark", async ({ app, page, user }) => {
  await app.signUp(user);
  const html = page.locator("html");
  const before = (await html.getAttribute("class")) ?? "";
  await page.getByRole("button", { name: "Toggle theme" }).click();
  await expect(html).not.toHaveAttribute("class", before);
  const dark = await html.evaluate((el) => el.classList.contains("dark"));
  await page.reload();
  await expect.poll(() => html.evaluate((el) => el.classList.contains("dark"))).toBe(dark);
});
