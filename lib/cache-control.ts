import type { Providers } from "./config";

// How long a browser may keep a page. Pages render per request (each has its own CSP nonce), so none
// is cached for reuse: max-age=0 with must-revalidate makes every ordinary visit ask the server
// again. Unlike no-store, it lets the browser keep the page for back and forward, which then show
// at once. A signed-in page may stay only where signing out clears the browser's cache (local auth
// answers its sign-out with Clear-Site-Data); under Clerk, which signs out in the browser, app pages
// stay no-store so the back button cannot show them after sign-out.

export const REVALIDATE_PRIVATELY = "private, max-age=0, must-revalidate";
export const NEVER_STORE = "private, no-cache, no-store, max-age=0, must-revalidate";

/** Sent with the local sign-out answer: the browser drops what it kept of the signed-in pages. */
export const CLEAR_CACHE_ON_SIGN_OUT = { "clear-site-data": '"cache"' } as const;

export function pageCacheControl({ appPage, auth }: { appPage: boolean; auth: Providers["auth"] }): string {
  return appPage && auth === "clerk" ? NEVER_STORE : REVALIDATE_PRIVATELY;
}
