import { describe, expect, it } from "vitest";
import { NEVER_STORE, pageCacheControl, REVALIDATE_PRIVATELY } from "@/lib/cache-control";

describe("pageCacheControl", () => {
  it("lets the browser keep every page for back and forward under local auth, revalidating any other visit", () => {
    expect(pageCacheControl({ appPage: false, auth: "local" })).toBe("private, max-age=0, must-revalidate");
    expect(pageCacheControl({ appPage: true, auth: "local" })).toBe(REVALIDATE_PRIVATELY);
  });

  it("never stores signed-in pages under Clerk, whose sign-out cannot clear the browser's cache", () => {
    expect(pageCacheControl({ appPage: true, auth: "clerk" })).toBe(NEVER_STORE);
    expect(NEVER_STORE).toContain("no-store");
    expect(pageCacheControl({ appPage: false, auth: "clerk" })).toBe(REVALIDATE_PRIVATELY);
  });
});
