import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";

const CRON = { authorization: "Bearer e2e-cron-secret-0123456789" };
const CHECK_IN = "I'm stuck on pricing for our enterprise plan. I'll send Sarah the London pitch deck by Friday.";

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

test("coach: onboarding, a streamed check-in, goal and action item, a session with its .ics, and the day's summary", async ({ page, app, user }) => {
  test.setTimeout(180_000);
  await app.signUp(user);
  await app.navigate("Coach");

  await expect(page).toHaveURL(/\/coach\/onboarding$/);
  await page.getByLabel("Industry (required)").fill("Logistics software");
  await page.getByLabel("Stage (required)").selectOption({ index: 2 });
  await page.getByLabel("Your role (required)").fill("CEO");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Step 2 of 3")).toBeVisible();
  await page.getByLabel("Goal 1", { exact: true }).fill("Close three enterprise deals");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Step 3 of 3")).toBeVisible();
  await page.getByRole("button", { name: "Finish and meet your coach" }).click();

  await expect(page).toHaveURL(/\/coach$/);
  await page.getByLabel("Your message").fill(CHECK_IN);
  await page.getByLabel("Your message").press("Enter");
  const conversation = page.getByRole("list", { name: "Conversation" });
  await expect(conversation.getByText(CHECK_IN)).toBeVisible();
  await expect(conversation.getByRole("link", { name: "Built-in engine" })).toHaveCount(1);
  await expect(conversation.getByText(/I've noted that you'll send Sarah the London pitch deck by Friday/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Send", exact: true })).toBeVisible();

  await page.getByRole("button", { name: /^Confirm: send Sarah the London pitch deck/i }).click();
  await expect(page.getByRole("button", { name: /^Confirm: send Sarah/i })).toBeHidden();

  await page.getByRole("navigation", { name: "Coach" }).getByRole("link", { name: "Goals" }).click();
  await expect(page.getByRole("heading", { name: "Close three enterprise deals" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Send Sarah the London pitch deck" })).not.toBeChecked();

  await page.getByRole("navigation", { name: "Coach" }).getByRole("link", { name: "Sessions" }).click();
  const tomorrow = new Date(Date.now() + 24 * 60 * 60_000);
  await page.getByLabel("Day").fill(isoDay(tomorrow));
  await page.getByLabel("Time").fill("10:00");
  await page.getByLabel("What is the session for?").fill("Plan the enterprise pricing");
  await page.getByRole("button", { name: "Schedule session" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download .ics" }).first().click();
  const ics = await download;
  expect(ics.suggestedFilename()).toMatch(/\.ics$/);
  const calendar = await readFile((await ics.path())!, "utf8");
  expect(calendar).toContain("BEGIN:VCALENDAR");
  expect(calendar).toContain("Plan the enterprise pricing");

  const cron = await page.request.get(`/api/cron/daily-summary?date=${isoDay(new Date())}`, { headers: CRON });
  expect(cron.status()).toBe(200);
  await page.getByRole("navigation", { name: "Coach" }).getByRole("link", { name: "Summaries" }).click();
  await expect(page.getByRole("list", { name: "Key topics" }).first()).toBeVisible();
  await expect(page.getByText(/pricing/i).first()).toBeVisible();
});
