// The JavaScript budget (gzip, kB = 1000 bytes) that `npm run check:js-budget` enforces on every build:
// what a route's first load downloads, and the part of it that every route shares.
export const jsBudgets = {
  routeFirstLoadKb: 170,
  sharedKb: 130,
} as const;

export type JsBudgets = { routeFirstLoadKb: number; sharedKb: number };
