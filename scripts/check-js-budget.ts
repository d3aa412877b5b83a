// npm run check:js-budget — after `next build`: gzips the JavaScript each page's first load fetches,
// as the build's own manifests list it, prints a table and exits 1 past the enforced budget (js-budget/budgets.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { jsBudgets } from "./js-budget/budgets";
import { buildReport, formatReport, type RouteChunks } from "./js-budget/report";

const dist = path.resolve(process.argv[2] ?? ".next");
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(dist, file), "utf8")) as T;

type ClientManifest = { entryJSFiles?: Record<string, string[]> };

/** The chunks a page's HTML loads: the runtime and framework (rootMainFiles) and the client code of
 * every segment of the page (layouts, boundaries, the page), from its client reference manifest. */
function routeChunks(): RouteChunks[] {
  const { rootMainFiles } = readJson<{ rootMainFiles: string[] }>("build-manifest.json");
  const appPaths = readJson<Record<string, string>>("app-path-routes-manifest.json");
  return Object.entries(appPaths)
    // _global-error renders only when the root layout itself fails; no visitor opens it as a page.
    .filter(([entry]) => entry.endsWith("/page") && entry !== "/_global-error/page")
    .map(([entry, route]) => {
      const sandbox: { __RSC_MANIFEST?: Record<string, ClientManifest> } = {};
      vm.runInNewContext(readFileSync(path.join(dist, "server/app", `${entry}_client-reference-manifest.js`), "utf8"), sandbox);
      const entries = sandbox.__RSC_MANIFEST?.[entry]?.entryJSFiles ?? {};
      return { route, chunks: [...new Set([...rootMainFiles, ...Object.values(entries).flat()])] };
    });
}

const routes = routeChunks();
const sizes = new Map<string, number>();
for (const chunk of new Set(routes.flatMap((r) => r.chunks))) sizes.set(chunk, gzipSync(readFileSync(path.join(dist, chunk))).length);
const report = buildReport({ routes, sizes, budgets: jsBudgets });
console.log(formatReport(report, jsBudgets));
process.exit(report.ok ? 0 : 1);
