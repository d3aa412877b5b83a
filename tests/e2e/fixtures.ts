import { test as base, expect, type Page } from "@playwright/test";

export type TestUser = { name: string; email: string; password: string };

/** Page object for the auth pages and the app shell. */
export class CadenceApp {
  constructor(readonly page: Page) {}

  async signUp(user: TestUser) {
    await this.page.goto("/sign-up");
    await this.page.getByLabel("Name").fill(user.name);
    await this.page.getByLabel("Email").fill(user.email);
    await this.page.getByLabel("Password").fill(user.password);
    await this.page.getByRole("button", { name: "Create account" }).click();
    await expect(this.page).toHaveURL(/\/dashboard$/);
  }

  async signIn(user: Pick<TestUser, "email" | "password">) {
    await this.page.goto("/sign-in");
    await this.page.getByLabel("Email").fill(user.email);
    await this.page.getByLabel("Password").fill(user.password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  async signOut() {
    await this.openMenuIfCollapsed();
    await this.page.getByRole("button", { name: "Sign out" }).click();
    await expect(this.page).toHaveURL(/\/sign-in/);
  }

  async openMenuIfCollapsed() {
    const menu = this.page.getByRole("button", { name: "Menu" });
    if (await menu.isVisible()) await menu.click();
  }

  async navigate(to: string) {
    await this.openMenuIfCollapsed();
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: to }).click();
  }
}

/** Unique per worker and per test, so parallel tests never share an account. */
function newUser(workerIndex: number, title: string): TestUser {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 30);
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return { name: "Zoë <b>Tester</b>", email: `${slug}-w${workerIndex}-${unique}@example.com`, password: "correct horse battery" };
}

/** The server trusts 127.0.0.1 as a proxy (playwright.config.ts), so each test can come from its own
 * client address and the per-address sign-up and sign-in limits never add up across tests. */
function clientAddress(workerIndex: number, testId: string): string {
  let hash = 0;
  for (const ch of testId) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `198.18.${workerIndex % 250}.${(hash % 250) + 1}`;
}

export const test = base.extend<{ app: CadenceApp; user: TestUser }>({
  context: async ({ context }, provide, testInfo) => {
    await context.setExtraHTTPHeaders({ "x-forwarded-for": clientAddress(testInfo.workerIndex, testInfo.testId) });
    await provide(context);
  },
  // Every page runs under the CSP (proxy.ts): a script or style the browser refused fails the test.
  app: async ({ page }, provide) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await provide(new CadenceApp(page));
    expect(violations, "Content-Security-Policy violations").toEqual([]);
  },
  user: async ({}, provide, testInfo) => provide(newUser(testInfo.workerIndex, testInfo.title)),
});

export { expect };
