import type { JsBudgets } from "./budgets";

// Turns the build's per-route chunk lists and the chunks' gzip sizes into a budget report.

/** One page as the build describes it: its URL and every chunk its first load fetches. */
export type RouteChunks = { route: string; chunks: string[] };

export type RouteRow = { route: string; firstLoadBytes: number; ownBytes: number; overBudget: boolean };

export type BudgetReport = {
  shared: { chunks: string[]; bytes: number; overBudget: boolean };
  routes: RouteRow[];
  ok: boolean;
};

const kb = (bytes: number) => bytes / 1000;

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
export function buildReport({ routes, sizes, budgets }: { routes: RouteChunks[]; sizes: ReadonlyMap<string, number>; budgets: JsBudgets }): BudgetReport {
  if (routes.length === 0) throw new Error("the build lists no routes");
  const sets = routes.map((r) => new Set(r.chunks));
  const shared = [...(sets[0] ?? [])].filter((chunk) => sets.every((s) => s.has(chunk)));
  const sharedBytes = sum(shared, sizes);
  const rows = routes
    .map((r, i) => {
      const all = sets[i] ?? new Set<string>();
      const firstLoadBytes = sum(all, sizes);
      return { route: r.route, firstLoadBytes, ownBytes: firstLoadBytes - sharedBytes, overBudget: kb(firstLoadBytes) > budgets.routeFirstLoadKb };
    })
    .sort((a, b) => b.firstLoadBytes - a.firstLoadBytes || a.route.localeCompare(b.route));
  const sharedOver = kb(sharedBytes) > budgets.sharedKb;
  return { shared: { chunks: shared, bytes: sharedBytes, overBudget: sharedOver }, routes: rows, ok: !sharedOver && rows.every((r) => !r.overBudget) };
}

const fmt = (bytes: number) => `${kb(bytes).toFixed(1)} kB`;

/** A plain-text table: the shared code first, then every route, largest first, with the budgets. */
export function formatReport(report: BudgetReport, budgets: JsBudgets): string {
  const width = Math.max(...report.routes.map((r) => r.route.length), "shared by all routes".length);
  const line = (name: string, first: string, own: string, flag: string) => `${name.padEnd(width)}  ${first.padStart(10)}  ${own.padStart(10)}  ${flag}`;
  const lines = [
    line("route", "first load", "own", "gzip"),
    line("shared by all routes", fmt(report.shared.bytes), "", report.shared.overBudget ? `OVER ${budgets.sharedKb} kB` : "ok"),
    ...report.routes.map((r) => line(r.route, fmt(r.firstLoadBytes), fmt(r.ownBytes), r.overBudget ? `OVER ${budgets.routeFirstLoadKb} kB` : "ok")),
  ];
  lines.push("", report.ok ? "JavaScript budget met." : `JavaScript budget exceeded (routes ≤ ${budgets.routeFirstLoadKb} kB, shared ≤ ${budgets.sharedKb} kB).`);
  return lines.join("\n");
}
