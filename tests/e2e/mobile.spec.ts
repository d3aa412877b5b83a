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

test("during a call the reply box stays in view and has the cursor, even after ten turns", async ({ app, page, user }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 375, height: 812 });
  await app.signUp(user);
  await page.goto("/practice");
  await page.getByRole("list", { name: "Personas" }).getByRole("radio").first().check();
  await page.getByRole("button", { name: "Start call" }).click();
  await expect(page).toHaveURL(/\/practice\/calls\/[0-9a-f-]{36}$/);
  const reply = page.getByLabel("Your reply");
  await expect(reply).toBeFocused();
  const transcript = page.getByRole("region", { name: "Transcript" });
  for (let turn = 1; turn <= 10; turn++) {
    const line = `Turn ${turn}: what would make a change worth it for your team this quarter?`;
    await reply.fill(line);
    await page.getByRole("button", { name: "Send" }).click();
    await expect(transcript.getByText(line)).toBeVisible();
    await expect(page.getByRole("button", { name: "Send" })).toBeVisible();
  }
  await expect(reply).toBeInViewport();
  await expect(page.getByRole("button", { name: "Send" })).toBeInViewport();
  await expectNoHorizontalScroll(page);
});

test("a mistyped call link answers 'not found' with a way back", async ({ app, page, user }) => {
  await app.signUp(user);
  // The app layout streams (loading.tsx), so the status is already sent: the page says it instead.
  for (const path of ["/practice/calls/not-a-call", "/practice/calls/00000000-0000-4000-8000-000000000000"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "This call does not exist" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Call history" })).toBeVisible();
    await expect(page.getByRole("status", { name: "Loading call" })).toHaveCount(0);
  }
});
