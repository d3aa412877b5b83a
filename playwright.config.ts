import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets several checkouts run their suites side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// A development server with no APP_URL, on a port that is not 3000: sign-up must work there too.
const DEV_PORT = PORT + 99;
const devURL = `http://localhost:${DEV_PORT}`;
// `npm run test:e2e` builds once (and checks the JavaScript budget on that build), then sets
// E2E_SKIP_BUILD; a spec run on its own with `npx playwright test` builds first.
const build = process.env.E2E_SKIP_BUILD ? "" : "npm run build && ";

// E2E runs against a production build (next build && next start) with a fresh embedded database,
// in Debian's Chromium; Playwright never downloads a browser of its own.
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // One worker: on this 2-core machine two workers (each with two browsers) and the server starve each
  // other, and sign-up or a chat click runs past its timeout (CI at stop 23 failed four specs so).
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: /(mobile|dev-server)\.spec\.ts/ },
    { name: "dev-server", use: { ...devices["Desktop Chrome"], baseURL: devURL }, testMatch: /dev-server\.spec\.ts/ },
    {
      name: "mobile",
      use: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true },
      testMatch: /mobile\.spec\.ts/,
    },
  ],
  webServer: [
    {
      // keepAliveTimeout: Node closes an idle keep-alive socket after 5 s, and a request Playwright
      // sends on it at that moment fails with ECONNRESET (seen between two seeding calls in a11y).
      command: `rm -rf .data/e2e && ${build}npx next start -p ${PORT} --keepAliveTimeout 120000`,
      url: `${baseURL}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        DATA_DIR: ".data/e2e",
        APP_URL: baseURL,
        CRON_SECRET: "e2e-cron-secret-0123456789",
        ADMIN_EMAILS: "outbox-admin@example.com",
        LOG_LEVEL: "warn",
        // tests/e2e/fixtures.ts gives each test its own client address through X-Forwarded-For.
        TRUSTED_PROXIES: "127.0.0.1, ::1",
      },
    },
    {
      // next dev writes to .next/dev, so it runs beside the production build.
      command: `rm -rf .data/e2e-dev && npx next dev -p ${DEV_PORT}`,
      url: `${devURL}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: { DATA_DIR: ".data/e2e-dev", APP_URL: "", LOG_LEVEL: "warn" },
    },
  ],
});
