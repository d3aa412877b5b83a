import { describe, expect, it } from "vitest";
import { isoDate, isoDateTime, unsafeTextIssues } from "@/lib/api/safe-input";

describe("unsafeTextIssues", () => {
  it("finds NUL characters and unpaired surrogates at any depth, keys included, and passes paired ones", () => {
    expect(unsafeTextIssues({ a: "fine 🚀", b: ["x", { c: "bad\u0000" }], "k\ud800": 1, d: "\udc00" }).map((i) => i.field)).toEqual([
      "b.1.c",
      "k\ud800",
      "d",
    ]);
    expect(unsafeTextIssues("\u0000")).toEqual([{ field: "body", key: "fields.nulCharacter" }]);
    expect(unsafeTextIssues({ n: 1, t: true, z: null })).toEqual([]);
  });
});

describe("isoDate / isoDateTime", () => {
  it("refuse year 0000 with one issue, and a non-date with one issue", () => {
    expect(isoDate().safeParse("0000-01-01").error?.issues).toHaveLength(1);
    expect(isoDate().safeParse("yesterday").error?.issues).toHaveLength(1);
    expect(isoDate().safeParse("0001-01-01").success).toBe(true);
    expect(isoDateTime().safeParse("0000-01-01T10:00:00Z").success).toBe(false);
    expect(isoDateTime().safeParse("2027-01-01T10:00:00+02:00").success).toBe(true);
  });
});
