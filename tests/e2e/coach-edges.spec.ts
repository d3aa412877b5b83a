import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const CHECK_IN = "Pricing for the enterprise plan keeps me up at night. I'll call Priya about the pilot numbers by Friday.";

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Waits until the coach's answer has finished streaming in. */
async function answered(page: Page) {
  const conversation = page.getByRole("list", { name: "Conversation" });
  await expect(conversation.getByText("Coach said:")).toHaveCount(1);
  await expect(conversation.locator("[aria-busy=true]")).toHaveCount(0);
}

/** Whether this tab's onboarding draft already holds `text` (it is saved as the user types). */
function draftHolds(page: Page, text: string) {
  return page.evaluate((wanted) => Object.keys(sessionStorage).some((key) => key.startsWith("cadence:coach-onboarding:") && sessionStorage.getItem(key)?.includes(wanted)), text);
}

test("coach rough edges: onboarding survives a reload, timezone search, /coach resumes, sessions, goal edits, today's summary", async ({ page, app, user }) => {
  test.setTimeout(180_000);
  await app.signUp(user);
  await app.navigate("Coach");

  // Onboarding keeps what was typed across a reload, step included.
  await expect(page).toHaveURL(/\/coach\/onboarding$/);
  await page.getByLabel("Industry (required)").fill("Logistics software");
  await page.getByLabel("Your role (required)").fill("CEO");
  await expect.poll(() => draftHolds(page, "CEO")).toBe(true);
  await page.reload();
  await expect(page.getByLabel("Industry (required)")).toHaveValue("Logistics software");
  await expect(page.getByLabel("Your role (required)")).toHaveValue("CEO");
  await page.getByLabel("Stage (required)").selectOption({ index: 2 });
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Goal 1", { exact: true }).fill("Close three enterprise deals");
  await expect.poll(() => draftHolds(page, "Close three enterprise deals")).toBe(true);
  await page.reload();
  await expect(page.getByText("Step 2 of 3")).toBeVisible();
  await expect(page.getByLabel("Goal 1", { exact: true })).toHaveValue("Close three enterprise deals");
  await page.getByRole("button", { name: "Next" }).click();

  // The timezone picker is searchable and shows offsets and current names.
  await page.getByLabel("Search by city or UTC offset").fill("kolkata");
  await expect(page.getByLabel("Timezone").locator("option", { hasText: "UTC+05:30 — Asia/Kolkata" })).toHaveCount(1);
  await expect(page.getByLabel("Timezone").locator("option", { hasText: "Calcutta" })).toHaveCount(0);
  await page.getByLabel("Timezone").selectOption("Asia/Kolkata");
  await page.getByRole("button", { name: "Finish and meet your coach" }).click();

  // /coach opens the conversation still going.
  await expect(page).toHaveURL(/\/coach$/);
  await page.getByLabel("Your message").fill(CHECK_IN);
  await page.getByLabel("Your message").press("Enter");
  await answered(page);
  await page.reload();
  await expect(page.getByRole("list", { name: "Conversation" }).getByText(CHECK_IN)).toBeVisible();

  // A session in the future cannot be completed; once started it can, and the outcome stays on screen.
  await page.getByRole("navigation", { name: "Coach" }).getByRole("link", { name: "Sessions" }).click();
  await page.getByLabel("Day").fill(isoDay(new Date(Date.now() + 2 * 24 * 60 * 60_000)));
  await page.getByLabel("Time").fill("10:00");
  await page.getByLabel("What is the session for?").fill("Plan the enterprise pricing");
  await page.getByRole("button", { name: "Schedule session" }).click();
  await expect(page.getByText("You can complete it once it has started.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Complete session: Plan the enterprise pricing/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Start session" }).click();
  await page.getByLabel("Your message").fill("I'll send the new price sheet to Acme by Monday.");
  await page.getByLabel("Your message").press("Enter");
  await answered(page);
  await page.getByRole("navigation", { name: "Coach" }).getByRole("link", { name: "Sessions" }).click();
  await page.getByRole("button", { name: /Complete session: Plan the enterprise pricing/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.locator("label", { hasText: "Very useful" }).click();
  await expect(dialog.getByLabel("4 — Very useful")).toBeChecked();
  await dialog.getByRole("button", { name: "Complete session" }).click();
  await expect(dialog.getByRole("heading", { name: "Session complete" })).toBeVisible();
  await expect(dialog.getByRole("heading", { name: "Outcome" })).toBeVisible();
  await expect(dialog.getByText(/price sheet/i).first()).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("heading", { name: "Past" })).toBeVisible();

  // Goals can be edited, with their history kept.
  await page.getByRole("navigation", { name: "Coach" }).getByRole("link", { name: "Goals" }).click();
  await page.getByRole("button", { name: "Edit Close three enterprise deals" }).click();
  const edit = page.getByRole("form", { name: "Edit Close three enterprise deals" });
  await edit.getByLabel("Title").fill("Close four enterprise deals");
  await edit.getByLabel("Target date").fill("2020-01-31");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "Close four enterprise deals" })).toBeVisible();
  await expect(page.getByText("Past target date")).toBeVisible();
  await expect(page.getByText(/Edited once/)).toBeVisible();

  // Today so far, summarised on demand; mood in words and a scale.
  await page.getByRole("navigation", { name: "Coach" }).getByRole("link", { name: "Summaries" }).click();
  await page.getByRole("button", { name: "Summarise today so far" }).click();
  await expect(page.getByText(/Today’s summary is ready below/)).toBeVisible();
  await expect(page.getByText(/Mood: (Low|Strained|Neutral|Positive|Upbeat)/).first()).toBeVisible();
  await expect(page.getByRole("img", { name: /\d of 5/ }).first()).toBeVisible();
  await expect(page.getByText(/\(-?\d\.\d\d\)/)).toHaveCount(0);
});
