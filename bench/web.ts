// Lighthouse (mobile preset: simulated 4× CPU slowdown and a slow 4G link) in Debian's Chromium on the
// pages a visitor and a signed-in user open first; each page three times, the median of each metric.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { signUp, startServer } from "./lib/server";
import { round } from "./lib/stats";

const RUNS = 3;
// BENCH_WEB_PORT lets several checkouts run it side by side.
const PORT = Number(process.env.BENCH_WEB_PORT ?? 3203);
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export const webTargets = { performance: 95, accessibility: 100, lcpMs: 1500, tbtMs: 200, cls: 0.05 };

const ONBOARDING = {
  profile: { industry: "Logistics software", stage: "Seed", company: "Haulwise", location: "Leeds, UK", revenueRange: "£250k–£1m", teamSize: 12, role: "CEO", reportsTo: "The board", directReports: 4, markets: ["UK"], keyChallenges: ["Closing enterprise deals"] },
  goals: [{ title: "Close three enterprise pilots", category: "sales", priority: 1, targetDate: null }],
  coachStyle: "tactical",
  formality: "casual",
  voiceId: "voice_rachel",
  timezone: "Europe/London",
};

type Sample = { performance: number; accessibility: number; lcpMs: number; tbtMs: number; cls: number; fcpMs: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function post(url: string, path: string, cookie: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${url}${path}`, { method: "POST", headers: { cookie, origin: url, "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/** A bench user who has onboarded with the coach and has one practice call to open. */
async function seed(url: string): Promise<{ cookie: string; callId: string }> {
  const { cookie } = await signUp(url, `bench-web-${Date.now()}@example.com`);
  await post(url, "/api/coach/onboarding", cookie, ONBOARDING);
  const { personas } = (await (await fetch(`${url}/api/personas`, { headers: { cookie } })).json()) as { personas: { id: string }[] };
  const call = await post(url, "/api/calls", cookie, { mode: "discovery", personaId: personas[0]?.id });
  return { cookie, callId: String(call.id) };
}

async function audit(url: string, port: number, cookie: string | null): Promise<Sample> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
  if (!result) throw new Error(`no Lighthouse result for ${url}`);
  const { categories, audits, finalDisplayedUrl, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`${url}: ${runtimeError.code} ${runtimeError.message}`);
  if (new URL(finalDisplayedUrl).pathname !== new URL(url).pathname) throw new Error(`${url} ended on ${finalDisplayedUrl}`);
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    lcpMs: value("largest-contentful-paint"),
    tbtMs: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
    fcpMs: value("first-contentful-paint"),
  };
}

export async function benchWeb() {
  const server = await startServer({ port: PORT, dataDir: ".data/bench-web" });
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  try {
    const { cookie, callId } = await seed(server.url);
    const pages: [string, string, string | null][] = [
      ["landing", "/", null],
      ["sign-in", "/sign-in", null],
      ["dashboard", "/dashboard", cookie],
      ["practice", "/practice", cookie],
      ["call", `/practice/calls/${callId}`, cookie],
      ["coach", "/coach", cookie],
    ];
    const rows = [];
    for (const [name, path, pageCookie] of pages) {
      await audit(`${server.url}${path}`, chrome.port, pageCookie); // warm-up: server caches, compiled routes
      const samples: Sample[] = [];
      for (let i = 0; i < RUNS; i++) samples.push(await audit(`${server.url}${path}`, chrome.port, pageCookie));
      const m = (key: keyof Sample) => median(samples.map((s) => s[key]));
      const row = { page: name, performance: m("performance"), accessibility: m("accessibility"), fcpMs: round(m("fcpMs"), 0), lcpMs: round(m("lcpMs"), 0), tbtMs: round(m("tbtMs"), 0), cls: round(m("cls"), 3) };
      const meets = row.performance >= webTargets.performance && row.accessibility >= webTargets.accessibility && row.lcpMs < webTargets.lcpMs && row.tbtMs < webTargets.tbtMs && row.cls < webTargets.cls;
      rows.push({ ...row, meetsTargets: meets });
    }
    return rows;
  } finally {
    chrome.kill();
    await server.stop();
  }
}
