import { expect, test } from "./fixtures";

async function expectNoHorizontalScroll(page: import("@playwright/test").Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("the landing page, dashboard and settings fit a 375 px screen", async ({ app, page, user }) => {
  await page.goto("/");
  await expectNoHorizontalScroll(page);

  await app.signUp(user);
  await expectNoHorizontalScroll(page);

  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toBeVisible();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expectNoHorizontalScroll(page);
});
