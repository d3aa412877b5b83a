// Every page under app/, read from the filesystem so a new page is checked without anyone listing it.
import { readdirSync } from "node:fs";
import path from "node:path";

export type PageRoute = { pattern: string; audience: "public" | "signed-in" };

const APP_DIR = path.resolve(process.cwd(), "app");
const SIGNED_IN_GROUPS = new Set(["(app)"]);

function pageDirs(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const here = entries.some((e) => e.isFile() && e.name === "page.tsx") ? [dir] : [];
  return here.concat(...entries.filter((e) => e.isDirectory() && e.name !== "api").map((e) => pageDirs(path.join(dir, e.name))));
}

/** `/practice/calls/[id]` for app/(app)/practice/calls/[id]/page.tsx; route groups leave the URL. */
export function pageRoutes(): PageRoute[] {
  return pageDirs(APP_DIR)
    .map((dir) => {
      const segments = path.relative(APP_DIR, dir).split(path.sep).filter(Boolean);
      const pattern = `/${segments.filter((s) => !/^\(.+\)$/.test(s)).join("/")}`;
      const signedIn = segments.some((s) => SIGNED_IN_GROUPS.has(s)) || segments[0] === "dev";
      return { pattern, audience: signedIn ? "signed-in" : "public" } satisfies PageRoute;
    })
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** The concrete URLs for a pattern: itself, or one per id given for its `[param]`. */
export function urlsFor(pattern: string, ids: Record<string, string[]>): string[] {
  if (!pattern.includes("[")) return [pattern];
  const given = ids[pattern];
  if (!given) throw new Error(`No ids for ${pattern}: seed data for it in tests/e2e/a11y/seed.ts`);
  return given.map((id) => pattern.replace(/\[[^\]]+\]/, id));
}
