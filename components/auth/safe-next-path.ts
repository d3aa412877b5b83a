const fallback = "/dashboard";

/** Where to go after signing in: the requested path if it stays on this site, else the dashboard. */
export function safeNextPath(next: string | string[] | undefined | null): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) {
    return fallback;
  }
  try {
    const base = "http://cadence.invalid";
    const url = new URL(next, base);
    if (url.origin !== base) return fallback;
    const path = url.pathname + url.search + url.hash;
    if (path.startsWith("//") || url.pathname === "/sign-in" || url.pathname === "/sign-up") return fallback;
    return path;
  } catch {
    return fallback;
  }
}
