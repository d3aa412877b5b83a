import { describe, expect, it } from "vitest";
import { navItemsFor } from "@/components/shell/nav-items";

describe("the main navigation", () => {
  it("shows moderators the report queue just before Settings", () => {
    const hrefs = navItemsFor({ moderator: true }).map((item) => item.href);
    expect(hrefs.slice(-2)).toEqual(["/moderation", "/settings"]);
    expect(hrefs[0]).toBe("/dashboard");
  });

  it("does not show it to anyone else", () => {
    expect(navItemsFor({ moderator: false }).map((item) => item.href)).not.toContain("/moderation");
  });
});
