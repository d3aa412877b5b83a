// The Wellbeing trends page with 3 years of daily check-ins and entries, end to end on the embedded
// database: navigation start → first contentful paint, and → the Year-in-Pixels drawn with the
// year's moods (server render + data + first paint; target < 1 s), in Debian's Chromium without
// throttling. Baseline: the same page for a user with no data, in the same run.
// "Drawn" is the page's own clock in the first animation frame where a square (with a mood, when the
// user has any) is visible: frames wait for the render-blocking CSS, and a streamed square still in
// React's hidden holder does not count. "Seen after load" is the older, looser figure: when Playwright,
// having waited for the load event, found the square (it adds the load event and a round trip).
import path from "node:path";
import { chromium } from "@playwright/test";
import { createDatabase } from "../lib/db/create-database";
import { wellbeingCheckins, wellbeingEntries } from "../lib/db/schema";
import { addDays } from "../lib/local-days";
import { signUp, startServer } from "./lib/server";
import { percentile, round } from "./lib/stats";

const PORT = Number(process.env.BENCH_WELLBEING_PORT ?? 3204);
const DATA_DIR = ".data/bench-wellbeing-paint";
const DAYS = 3 * 365;
const RUNS = 12;
const WARMUP = 2;

async function seedThreeYears(userId: string) {
  const { db, close } = await createDatabase({ driver: "pglite", dataDir: path.resolve(DATA_DIR, "pglite") });
  const today = new Date().toISOString().slice(0, 10);
  const days = Array.from({ length: DAYS }, (_, i) => addDays(today, -i));
  for (let start = 0; start < DAYS; start += 250) {
    const chunk = days.slice(start, start + 250);
    await db.insert(wellbeingCheckins).values(chunk.map((day, i) => ({ userId, day, mood: ((i * 7) % 5) + 1, emotions: ["calm", "tired"], tags: i % 3 ? ["work"] : ["sleep"] })));
    await db.insert(wellbeingEntries).values(chunk.map((day, i) => ({ userId, day, content: `Day ${i}: a long walk, then work on the launch.`, mood: ((i * 3) % 5) + 1 })));
  }
  await close();
}

async function measure(url: string, cookie: string, { withData }: { withData: boolean }) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  const [name, value] = cookie.split("=");
  const paints: number[] = [];
  const drawn: number[] = [];
  const seenAfterLoad: number[] = [];
  const selector = withData ? "[data-day][data-mood]:not([data-mood=''])" : "[data-day]";
  try {
    for (let i = 0; i < RUNS + WARMUP; i++) {
      const context = await browser.newContext();
      await context.addCookies([{ name: name!, value: value!, url }]);
      const page = await context.newPage();
      await page.goto(`${url}/wellbeing/trends`, { waitUntil: "commit" });
      const drawnAt = await page.waitForFunction((s) => (document.querySelector(s)?.checkVisibility() ? performance.now() : 0), selector, { polling: "raf" });
      await page.waitForLoadState("load");
      await page.waitForSelector(selector);
      const times = await page.evaluate(() => ({
        seenAfterLoad: performance.now(),
        paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
      }));
      if (i >= WARMUP) {
        paints.push(times.paint);
        drawn.push(await drawnAt.jsonValue());
        seenAfterLoad.push(times.seenAfterLoad);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { paints, drawn, seenAfterLoad };
}

export async function benchWellbeingPaint() {
  let server = await startServer({ port: PORT, dataDir: DATA_DIR });
  const full = await signUp(server.url, `bench-trends-${Date.now()}@example.com`);
  const empty = await signUp(server.url, `bench-trends-empty-${Date.now()}@example.com`);
  await server.stop();
  await seedThreeYears(full.userId);
  server = await startServer({ port: PORT, dataDir: DATA_DIR, keepData: true });
  try {
    const rows = [];
    for (const [label, user, withData] of [
      ["baseline: trends page, no data", empty, false],
      [`trends page, ${DAYS} days of check-ins + entries`, full, true],
    ] as const) {
      const { paints, drawn, seenAfterLoad } = await measure(server.url, user.cookie, { withData });
      rows.push({
        page: label,
        runs: drawn.length,
        firstPaintP50Ms: round(percentile(paints, 50)),
        firstPaintP95Ms: round(percentile(paints, 95)),
        pixelsDrawnP50Ms: round(percentile(drawn, 50)),
        pixelsDrawnP95Ms: round(percentile(drawn, 95)),
        seenAfterLoadP95Ms: round(percentile(seenAfterLoad, 95)),
        target: withData ? "pixels drawn < 1,000 ms" : "-",
      });
    }
    return rows;
  } finally {
    await server.stop();
  }
}
