import { describe, expect, it } from "vitest";
import { buildReport, formatReport } from "@/scripts/js-budget/report";

const budgets = { target: { routeFirstLoadKb: 120, sharedKb: 90 }, enforced: { routeFirstLoadKb: 170, sharedKb: 130 } };
const kB = (n: number) => n * 1000;

// A build's shape in miniature: the framework and root layout chunks every page loads, and a page
// of its own for some routes.
const sizes = new Map([
  ["static/chunks/react.js", kB(70)],
  ["static/chunks/layout.js", kB(30)],
  ["static/chunks/dashboard.js", kB(60)],
  ["static/chunks/call.js", kB(90)],
]);
const shared = ["static/chunks/react.js", "static/chunks/layout.js"];
const routes = [
  { route: "/", chunks: shared },
  { route: "/dashboard", chunks: [...shared, "static/chunks/dashboard.js"] },
  { route: "/practice/calls/[id]", chunks: [...shared, "static/chunks/call.js", "static/chunks/react.js"] },
];

describe("buildReport", () => {
  it("counts the chunks every route loads as shared, each chunk once per route", () => {
    const report = buildReport({ routes, sizes, budgets });
    expect(report.shared).toEqual({ chunks: shared, bytes: kB(100), verdict: "over-target" });
    expect(report.routes.find((r) => r.route === "/practice/calls/[id]")).toMatchObject({ firstLoadBytes: kB(190), ownBytes: kB(90) });
  });

  it("fails a route past the enforced budget, lists one past the target only, and sorts largest first", () => {
    const report = buildReport({ routes, sizes, budgets });
    expect(report.ok).toBe(false);
    expect(report.routes.map((r) => [r.route, r.verdict])).toEqual([
      ["/practice/calls/[id]", "over-budget"],
      ["/dashboard", "over-target"],
      ["/", "ok"],
    ]);
  });

  it("passes at exactly the budget, and fails the shared code past its own budget", () => {
    const exact = { target: budgets.target, enforced: { routeFirstLoadKb: 160, sharedKb: 100 } };
    expect(buildReport({ routes: routes.slice(0, 2), sizes, budgets: exact }).ok).toBe(true);
    const tight = { target: budgets.target, enforced: { routeFirstLoadKb: 200, sharedKb: 99.9 } };
    const report = buildReport({ routes: routes.slice(0, 2), sizes, budgets: tight });
    expect(report.shared.verdict).toBe("over-budget");
    expect(report.ok).toBe(false);
  });

  it("refuses a chunk it has no size for instead of counting it as empty", () => {
    expect(() => buildReport({ routes: [{ route: "/", chunks: ["static/chunks/missing.js"] }], sizes, budgets })).toThrow(/missing\.js/);
  });
});

describe("formatReport", () => {
  it("prints the shared line, each route in kB with its verdict, and the outcome", () => {
    const lines = formatReport(buildReport({ routes, sizes, budgets }), budgets).split("\n");
    expect(lines[1]).toMatch(/^shared by all routes\s+100\.0 kB\s+over target 90 kB$/);
    expect(lines[2]).toMatch(/^\/practice\/calls\/\[id\]\s+190\.0 kB\s+90\.0 kB\s+OVER BUDGET 170 kB$/);
    expect(lines[4]).toMatch(/^\/\s+100\.0 kB\s+0\.0 kB\s+ok$/);
    expect(lines.at(-1)).toBe("JavaScript budget exceeded.");
  });
});
