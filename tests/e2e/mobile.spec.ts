import { expect, test } from "./fixtures";

async function expectNoHorizontalScroll(page: import("@playwright/test").Page) {
  // clientWidth, not innerWidth: a mobile browser widens its layout viewport to fit wide content.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
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

test("the coach's onboarding, check-in, goals, sessions and summaries fit a 375 px screen", async ({ app, page, user }) => {
  await app.signUp(user);
  await page.goto("/coach");
  await expect(page).toHaveURL(/\/coach\/onboarding$/);
  await expectNoHorizontalScroll(page);
  await page.getByLabel("Industry (required)").fill("Retail");
  await page.getByLabel("Stage (required)").selectOption({ index: 1 });
  await page.getByLabel("Your role (required)").fill("Founder");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Goal 1", { exact: true }).fill("Open a second shop");
  await expectNoHorizontalScroll(page);
  await page.getByRole("button", { name: "Next" }).click();
  await expectNoHorizontalScroll(page);
  await page.getByRole("button", { name: "Finish and meet your coach" }).click();
  await expect(page).toHaveURL(/\/coach$/);
  await expect(page.getByRole("button", { name: "History" })).toBeVisible();
  await expectNoHorizontalScroll(page);
  for (const path of ["/coach/goals", "/coach/sessions", "/coach/summaries", "/coach/profile"]) {
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "Coach" })).toBeVisible();
    await expectNoHorizontalScroll(page);
  }
});
