import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { CadenceApp, expect, test, type TestUser } from "./fixtures";

// Two people, each in their own browser context, with a fake microphone playing an espeak-ng
// recording: both record a clip, see their top emotions, get matched and accept. The fake-audio
// flag is per browser, so this spec launches its own Chromium with it.

const ADMIN: TestUser = { name: "Outbox Admin", email: "outbox-admin@example.com", password: "correct horse battery" };
const SAID = "I feel so lonely tonight. I have no one to talk to and I feel a bit sad.";

let browser: Browser;

test.beforeAll(() => {
  const dir = mkdtempSync(path.join(tmpdir(), "connect-e2e-"));
  const wav = path.join(dir, "lonely.wav");
  execFileSync("espeak-ng", ["-w", wav, SAID]);
  return chromium
    .launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-audio-capture=${wav}`],
    })
    .then((launched) => {
      browser = launched;
    });
});

test.afterAll(() => browser?.close());

async function newPerson(baseURL: string, name: string, ip: string): Promise<{ page: Page; user: TestUser }> {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await context.newPage();
  const user = { name, email: `connect-${name.toLowerCase()}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`, password: "correct horse battery" };
  await new CadenceApp(page).signUp(user);
  return { page, user };
}

async function adminOutbox(baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.19.0.1" } });
  const page = await context.newPage();
  const app = new CadenceApp(page);
  await page.goto("/sign-in");
  await app.signIn(ADMIN);
  if (!/\/dashboard/.test(page.url())) {
    await page.waitForLoadState();
    if (/sign-in/.test(page.url())) await app.signUp(ADMIN);
  }
  return page;
}

async function verify(outbox: Page, person: { page: Page; user: TestUser }) {
  const mail = outbox.getByRole("listitem").filter({ hasText: `To ${person.user.email}` }).filter({ hasText: "Verify your email" }).first();
  await expect(async () => {
    await outbox.goto("/dev/outbox");
    await expect(mail).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const href = await mail.getByRole("link").filter({ hasText: "/api/auth/verify-email" }).first().getAttribute("href");
  await person.page.goto(href!);
}

// Other specs' people record clips on the same server; an age only this spec uses, and a range
// around it, keep its two people matching each other and nobody else.
const AGE = 76;

async function setUpProfile(page: Page, name: string) {
  await page.goto("/connect/profile");
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Date of birth").fill(`${new Date().getUTCFullYear() - AGE - 1}-12-31`);
  await page.getByLabel("Youngest age").fill(String(AGE - 1));
  await page.getByLabel("Oldest age").fill(String(AGE + 1));
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page).toHaveURL(/\/connect$/);
}

async function recordClip(page: Page, { seeEmotions = true } = {}) {
  await page.getByRole("button", { name: "Record", exact: true }).click();
  const meter = page.getByRole("meter", { name: "Level" });
  await expect.poll(async () => Number(await meter.getAttribute("aria-valuenow")), { timeout: 10_000 }).toBeGreaterThan(0);
  await expect(page.getByText(/^[2-9]s$/)).toBeVisible({ timeout: 10_000 });
  await page.getByRole("button", { name: /Stop/ }).click();
  await page.getByLabel(/What you said/).fill(SAID);
  await page.getByRole("button", { name: "Send clip" }).click();
  if (!seeEmotions) return;
  await expect(page.getByRole("list", { name: "Your top emotions" })).toContainText("lonely", { timeout: 20_000 });
  await expect(page.getByText("Built-in engine")).toBeVisible();
}

test("two people record clips with their microphones, are matched by feeling and both accept", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const outbox = await adminOutbox(baseURL!);
  const ada = await newPerson(baseURL!, "Ada", "198.19.1.1");
  const bo = await newPerson(baseURL!, "Bo", "198.19.1.2");
  for (const [person, name] of [[ada, "Ada"], [bo, "Bo"]] as const) {
    await verify(outbox, person);
    await setUpProfile(person.page, name);
  }

  // Bo is first: nobody fits yet, so Bo waits; Ada's clip then finds Bo, and both are told live.
  await recordClip(bo.page);
  await bo.page.getByRole("button", { name: "Find someone" }).click();
  await expect(bo.page.getByText("Nobody fits right now")).toBeVisible();
  // Ada's clip answers Bo's wait as soon as it is read, so her match can replace her emotions at once.
  await recordClip(ada.page, { seeEmotions: false });
  const boCard = bo.page.getByLabel("Your match");
  const adaCard = ada.page.getByLabel("Your match");
  await expect(boCard).toContainText("Ada", { timeout: 15_000 });
  await expect(boCard).toContainText("lonely");
  await expect(adaCard).toContainText("Bo", { timeout: 15_000 });

  await adaCard.getByRole("button", { name: "Accept" }).click();
  await expect(adaCard).toContainText("Waiting for Bo");
  await boCard.getByRole("button", { name: "Accept" }).click();
  const join = bo.page.getByRole("link", { name: "Join the call" });
  await expect(join).toHaveAttribute("href", /^\/rooms\/[0-9a-f-]{36}$/);
  await expect(ada.page.getByRole("link", { name: "Join the call" })).toHaveAttribute("href", (await join.getAttribute("href"))!, { timeout: 15_000 });
});
