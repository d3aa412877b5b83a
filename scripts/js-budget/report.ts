import type { JsBudget } from "./budgets";

// Turns the build's per-route chunk lists and the chunks' gzip sizes into a budget report.

/** One page as the build describes it: its URL and every chunk its first load fetches. */
export type RouteChunks = { route: string; chunks: string[] };

/** Where a size stands: within the target, past the target only, or past the enforced budget. */
export type Verdict = "ok" | "over-target" | "over-budget";

export type RouteRow = { route: string; firstLoadBytes: number; ownBytes: number; verdict: Verdict };

export type BudgetReport = {
  shared: { chunks: string[]; bytes: number; verdict: Verdict };
  routes: RouteRow[];
  ok: boolean;
};

export type Budgets = { target: JsBudget; enforced: JsBudget };

const kb = (bytes: number) => bytes / 1000;

function verdict(bytes: number, key: keyof JsBudget, budgets: Budgets): Verdict {
  if (kb(bytes) > budgets.enforced[key]) return "over-budget";
  return kb(bytes) > budgets.target[key] ? "over-target" : "ok";
}

function sum(chunks: Iterable<string>, sizes: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const chunk of chunks) {
    const size = sizes.get(chunk);
    if (size === undefined) throw new Error(`no size for chunk ${chunk}`);
    total += size;
  }
  return total;
}

/** The chunks every route loads, then each route's first load against the per-route budget. */
export function buildReport({ routes, sizes, budgets }: { routes: RouteChunks[]; sizes: ReadonlyMap<string, number>; budgets: Budgets }): BudgetReport {
  if (routes.length === 0) throw new Error("the build lists no routes");
  const sets = routes.map((r) => new Set(r.chunks));
  const shared = [...(sets[0] ?? [])].filter((chunk) => sets.every((s) => s.has(chunk)));
  const sharedBytes = sum(shared, sizes);
  const rows = routes
    .map((r, i) => {
      const firstLoadBytes = sum(sets[i] ?? [], sizes);
      return { route: r.route, firstLoadBytes, ownBytes: firstLoadBytes - sharedBytes, verdict: verdict(firstLoadBytes, "routeFirstLoadKb", budgets) };
    })
    .sort((a, b) => b.firstLoadBytes - a.firstLoadBytes || a.route.localeCompare(b.route));
  const sharedVerdict = verdict(sharedBytes, "sharedKb", budgets);
  const ok = sharedVerdict !== "over-budget" && rows.every((r) => r.verdict !== "over-budget");
  return { shared: { chunks: shared, bytes: sharedBytes, verdict: sharedVerdict }, routes: rows, ok };
}

const fmt = (bytes: number) => `${kb(bytes).toFixed(1)} kB`;

function flag(v: Verdict, key: keyof JsBudget, budgets: Budgets): string {
  if (v === "over-budget") return `OVER BUDGET ${budgets.enforced[key]} kB`;
  return v === "over-target" ? `over target ${budgets.target[key]} kB` : "ok";
}

/** A plain-text table: the shared code first, then every route, largest first, with the verdicts. */
export function formatReport(report: BudgetReport, budgets: Budgets): string {
  const width = Math.max(...report.routes.map((r) => r.route.length), "shared by all routes".length);
  const line = (name: string, first: string, own: string, note: string) => `${name.padEnd(width)}  ${first.padStart(10)}  ${own.padStart(10)}  ${note}`;
  const { target, enforced } = budgets;
  return [
    line("route", "first load", "own", "gzip"),
    line("shared by all routes", fmt(report.shared.bytes), "", flag(report.shared.verdict, "sharedKb", budgets)),
    ...report.routes.map((r) => line(r.route, fmt(r.firstLoadBytes), fmt(r.ownBytes), flag(r.verdict, "routeFirstLoadKb", budgets))),
    "",
    `target: routes ≤ ${target.routeFirstLoadKb} kB, shared ≤ ${target.sharedKb} kB; enforced: routes ≤ ${enforced.routeFirstLoadKb} kB, shared ≤ ${enforced.sharedKb} kB.`,
    report.ok ? "JavaScript budget met." : "JavaScript budget exceeded.",
  ].join("\n");
}
