// How two people reach a call in the product: Connect. Each verifies their email (the embedded
// outbox), sets up a profile, records a clip with the fake microphone, is matched by feeling and
// accepts; the match card then links both to the same /rooms/:id.
import { expect, type Browser, type Page } from "@playwright/test";
import { CadenceApp, type TestUser } from "../fixtures";
import type { Caller } from "./call-flow";

export const OUTBOX_ADMIN: TestUser = { name: "Outbox Admin", email: "outbox-admin@example.com", password: "correct horse battery" };
export const SAID = "Hello. I feel a little lonely tonight, and I would love to talk to someone about my day.";

const CALLS_AGE = 66;

async function contextPage(browser: Browser, baseURL: string, ip: string): Promise<{ page: Page; cspViolations: string[] }> {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  return { page, cspViolations };
}

async function adminOutbox(browser: Browser, baseURL: string, ip: string): Promise<Page> {
  const { page } = await contextPage(browser, baseURL, ip);
  const app = new CadenceApp(page);
  await app.signIn(OUTBOX_ADMIN);
  await page.waitForLoadState();
  if (/sign-in/.test(page.url())) await app.signUp(OUTBOX_ADMIN);
  return page;
}

async function verifiedPerson(browser: Browser, baseURL: string, outbox: Page, name: string, ip: string, age: number): Promise<Caller> {
  const { page, cspViolations } = await contextPage(browser, baseURL, ip);
  const user = { name, email: `call-${name.toLowerCase()}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`, password: "correct horse battery" };
  await new CadenceApp(page).signUp(user);
  const mail = outbox.getByRole("listitem").filter({ hasText: `To ${user.email}` }).filter({ hasText: "Verify your email" }).first();
  await expect(async () => {
    await outbox.goto("/dev/outbox");
    await expect(mail).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await page.goto((await mail.getByRole("link").filter({ hasText: "/api/auth/verify-email" }).first().getAttribute("href"))!);
  await page.goto("/connect/profile");
  await page.getByLabel("Display name").fill(name);
  // Other specs' people record on the same server; an age and range only this pair's spec uses keep
  // each pair matching each other.
  await page.getByLabel("Date of birth").fill(`${new Date().getUTCFullYear() - age - 1}-12-31`);
  await page.getByLabel("Youngest age").fill(String(age - 1));
  await page.getByLabel("Oldest age").fill(String(age + 1));
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page).toHaveURL(/\/connect$/);
  return { page, user, cspViolations };
}

async function recordClip(page: Page) {
  await page.getByRole("button", { name: "Record", exact: true }).click();
  await expect(page.getByText(/^[2-9]s$/)).toBeVisible({ timeout: 10_000 });
  await page.getByRole("button", { name: /Stop/ }).click();
  await page.getByLabel(/What you said/).fill(SAID);
  await page.getByRole("button", { name: "Send clip" }).click();
}

/** Two verified people matched through Connect, both accepted; returns them and their room's id.
 * Specs sharing a server pass each their own `age`, so their pairs never match across specs. */
export async function matchedThroughConnect(browser: Browser, baseURL: string, ipPrefix: string, age = CALLS_AGE) {
  const outbox = await adminOutbox(browser, baseURL, `${ipPrefix}.1`);
  const ada = await verifiedPerson(browser, baseURL, outbox, "Ada", `${ipPrefix}.2`, age);
  const bea = await verifiedPerson(browser, baseURL, outbox, "Bea", `${ipPrefix}.3`, age);
  await recordClip(bea.page);
  await expect(bea.page.getByRole("list", { name: "Your top emotions" })).toBeVisible({ timeout: 20_000 });
  await bea.page.getByRole("button", { name: "Find someone" }).click();
  await expect(bea.page.getByText("Nobody fits right now")).toBeVisible();
  await recordClip(ada.page);
  const [adaCard, beaCard] = [ada.page.getByLabel("Your match"), bea.page.getByLabel("Your match")];
  await expect(adaCard).toContainText("Bea", { timeout: 15_000 });
  await expect(beaCard).toContainText("Ada", { timeout: 15_000 });
  await adaCard.getByRole("button", { name: "Accept" }).click();
  await beaCard.getByRole("button", { name: "Accept" }).click();
  const join = bea.page.getByRole("link", { name: "Join the call" });
  await expect(join).toHaveAttribute("href", /^\/rooms\/[0-9a-f-]{36}$/);
  const href = (await join.getAttribute("href"))!;
  await expect(ada.page.getByRole("link", { name: "Join the call" })).toHaveAttribute("href", href, { timeout: 15_000 });
  await outbox.context().close();
  return { ada, bea, roomId: href.split("/").at(-1)! };
}
