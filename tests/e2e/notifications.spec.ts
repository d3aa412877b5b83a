import type { Browser, Page } from "@playwright/test";
import { CadenceApp, expect, test, type TestUser } from "./fixtures";

// The embedded outbox: `next start` runs with NODE_ENV=production, so only ADMIN_EMAILS see
// /dev/outbox (playwright.config.ts makes outbox-admin@example.com one). Mail leaves through the
// delivery queue a moment after the action, so the outbox is reloaded until it arrives.

const CRON = { authorization: "Bearer e2e-cron-secret-0123456789" };
const ADMIN: TestUser = { name: "Outbox Admin", email: "outbox-admin@example.com", password: "correct horse battery" };

let adminPage: Page | undefined;

async function outbox(browser: Browser): Promise<Page> {
  if (adminPage) return adminPage;
  const page = await (await browser.newContext()).newPage();
  await new CadenceApp(page).signUp(ADMIN);
  adminPage = page;
  return page;
}

/** The first link in the newest mail to `email` with `subject` whose address contains `part`. */
async function linkInMail(browser: Browser, email: string, subject: string, part: string): Promise<string> {
  const page = await outbox(browser);
  const mail = page.getByRole("listitem").filter({ hasText: `To ${email}` }).filter({ hasText: subject }).first();
  await expect(async () => {
    await page.goto("/dev/outbox");
    await expect(mail).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const href = await mail.getByRole("link").filter({ hasText: part }).first().getAttribute("href");
  if (!href) throw new Error(`no ${part} link in "${subject}"`);
  return href;
}

test.describe.configure({ mode: "serial" });

test("sign up → the outbox shows the verification mail → following it verifies the account", async ({ app, page, user, browser }) => {
  await app.signUp(user);
  await page.goto("/settings");
  await expect(page.getByTestId("email-status")).toContainText("is not verified yet");
  const link = await linkInMail(browser, user.email, "Verify your email for Cadence", "/api/auth/verify-email");
  await page.goto(link);
  await expect(page).toHaveURL(/\/settings\?verified=1$/);
  await expect(page.getByText("Thanks, your email is verified.")).toBeVisible();
  await expect(page.getByTestId("email-status")).toContainText("is verified");
});

test("forgot password → reset → the old session is gone and the new password works", async ({ app, page, user, browser }) => {
  await app.signUp(user);
  const other = await (await browser.newContext()).newPage();
  await other.goto("/sign-in");
  await other.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(other.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await other.getByLabel("Email").fill(user.email);
  await other.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(other.getByText("a reset link is on its way")).toBeVisible();

  const link = await linkInMail(browser, user.email, "Reset your Cadence password", "/api/auth/reset-password/");
  await other.goto(link);
  await expect(other).toHaveURL(/\/reset-password\?token=/);
  await expect(other.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await other.getByLabel("New password", { exact: true }).fill("a brand new secret");
  await other.getByRole("button", { name: "Change password" }).click();
  await expect(other.getByText("Your new password is set.")).toBeVisible();

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
  await app.signIn({ email: user.email, password: "a brand new secret" });
  await expect(page).toHaveURL(/\/dashboard$/);

  await other.goto(link);
  await expect(other.getByText("This reset link has expired or was already used.")).toBeVisible();
});

test("a notification appears in the bell without a reload and opens from the centre", async ({ app, page, user }) => {
  await app.signUp(user);
  const bell = page.getByRole("link", { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName("Notifications");
  const startsAt = new Date(Date.now() + 10 * 60_000).toISOString();
  const created = await page.request.post("/api/coach/sessions", {
    data: { scheduledFor: startsAt, durationMinutes: 30, goal: "Rehearse the renewal call", framework: "GROW" },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(created.status()).toBe(201);
  expect((await page.request.get("/api/cron/session-reminders", { headers: CRON })).status()).toBe(200);
  expect((await page.request.get("/api/cron/deliveries", { headers: CRON })).status()).toBe(200);

  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  const item = page.getByRole("list", { name: "Notifications" }).getByRole("listitem").first();
  await expect(item).toContainText("Rehearse the renewal call");
  await item.getByRole("link", { name: /Coaching session in (9|10) minutes/ }).click();
  await expect(page).toHaveURL(/\/coach\/sessions$/);
  await expect(bell).toHaveAccessibleName("Notifications");
});
