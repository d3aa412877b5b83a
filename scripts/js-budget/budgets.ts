// The JavaScript budgets (gzip, kB = 1000 bytes) that `npm run check:js-budget` measures every build
// against: what a route's first load downloads, and the part of it that every route shares.

export type JsBudget = { routeFirstLoadKb: number; sharedKb: number };

export const jsBudgets: { target: JsBudget; enforced: JsBudget } = {
  // Where the pages should be (issue #18); a route past it is listed, not failed.
  target: { routeFirstLoadKb: 170, sharedKb: 130 },
  // Past this the build fails. Next 16's framework chunks alone are 133 kB under Turbopack, so the
  // target is out of reach for now; lower these toward it as the pages slim down. Raised by 10 kB
  // when the interface was translated: next-intl's client runtime, with its ICU message parser,
  // added ~13 kB to the shared code (precompiling the messages would take the parser out).
  enforced: { routeFirstLoadKb: 250, sharedKb: 180 },
};
