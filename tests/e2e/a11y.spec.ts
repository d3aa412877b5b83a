import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { pageRoutes, urlsFor, type PageRoute } from "./a11y/routes";
import { seed, type Seeded } from "./a11y/seed";

// axe-core on every page under app/, light and dark, at 1280 and 375 px wide: any violation fails.
// Public pages are checked signed out, app pages as Ada (tests/e2e/a11y/seed.ts), /dev/outbox as the
// outbox admin. /moderation is checked as what a person without the moderator role sees: roles are
// granted only from the command line (npm run user:role), which the e2e server's build cannot reach.

const THEMES = ["light", "dark"] as const;
const SIZES = [
  { width: 1280, height: 800, isMobile: false },
  { width: 375, height: 740, isMobile: true },
] as const;

/** Waits for what a person would wait for: the page's heading (every page has one), then no
 * skeleton or busy region. */
async function settle(page: Page, url: string) {
  await expect.soft(page.locator("h1").first(), `the h1 of ${url}`).toBeVisible({ timeout: 20_000 });
  await expect(page.locator(".animate-pulse.bg-muted, [aria-busy=true]")).toHaveCount(0, { timeout: 20_000 });
}

async function violationsOn(page: Page, url: string): Promise<string[]> {
  const res = await page.goto(url);
  expect(res?.status(), url).toBeLessThan(400);
  await settle(page, url);
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

async function checkAll(browser: Browser, baseURL: string, seeded: Seeded, routes: PageRoute[], theme: (typeof THEMES)[number], size: (typeof SIZES)[number]) {
  const context = await browser.newContext({
    baseURL,
    colorScheme: theme,
    viewport: { width: size.width, height: size.height },
    isMobile: size.isMobile,
    hasTouch: size.isMobile,
    extraHTTPHeaders: { "x-forwarded-for": `198.19.87.${THEMES.indexOf(theme) * SIZES.length + SIZES.indexOf(size) + 1}` },
  });
  const page = await context.newPage();
  const visit = async (url: string) => {
    expect.soft(await violationsOn(page, url), `axe on ${url} (${theme}, ${size.width} px)`).toEqual([]);
  };
  for (const route of routes.filter((r) => r.audience === "public")) for (const url of urlsFor(route.pattern, seeded.ids)) await visit(url);
  await expect(page.locator("html")).toHaveClass(new RegExp(`\\b${theme}\\b`));
  await context.addCookies(seeded.ada);
  for (const route of routes.filter((r) => r.audience === "signed-in" && r.pattern !== "/dev/outbox")) {
    for (const url of urlsFor(route.pattern, seeded.ids)) await visit(url);
  }
  await context.clearCookies();
  await context.addCookies(seeded.admin);
  await visit("/dev/outbox");
  await context.close();
}

test("axe finds no violation on any page, light and dark, at 1280 and 375 px", async ({ browser, baseURL }) => {
  test.setTimeout(900_000);
  const routes = pageRoutes();
  expect(routes.map((r) => r.pattern)).toEqual(expect.arrayContaining(["/", "/dashboard", "/practice/calls/[id]", "/dev/outbox", "/~offline"]));
  const seeded = await seed(browser, baseURL!);
  // The four passes share nothing but the seeded people, so they run side by side.
  await Promise.all(THEMES.flatMap((theme) => SIZES.map((size) => checkAll(browser, baseURL!, seeded, routes, theme, size))));
});

test("the offline page is titled for the app", async ({ page }) => {
  await page.goto("/~offline");
  await expect(page).toHaveTitle("Offline — Cadence");
});
