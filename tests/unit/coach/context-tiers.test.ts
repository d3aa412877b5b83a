import { describe, expect, it } from "vitest";
import { clip, decideRecentTier } from "@/lib/coach/chat/context-tiers";

describe("decideRecentTier", () => {
  it("always loads recent history for a structured session", () => {
    expect(decideRecentTier({ message: "Hello", sessionType: "structured" })).toEqual({ used: true, reason: "structured session" });
    expect(decideRecentTier({ sessionType: "structured" }).used).toBe(true);
  });

  it.each([
    ["What did we discuss last week?", "refers to a recent period"],
    ["Lately I've been exhausted.", "asks about recent events"],
    ["What did I say about the hire?", "asks what was said before"],
    ["Do you remember the pricing idea?", "asks to recall something"],
    ["The board meeting on Tuesday went badly.", "mentions a date"],
    ["Since 12 March nothing has moved.", "mentions a date"],
    ["I shipped it on 2026-09-01.", "mentions a date"],
    ["How have things been going with my progress?", "asks about progress"],
  ])("looks back for %j (%s)", (message, reason) => {
    expect(decideRecentTier({ message, sessionType: "check_in" })).toEqual({ used: true, reason: `the message ${reason}` });
  });

  it("stays in the present for a check-in that does not look back, or has no message", () => {
    expect(decideRecentTier({ message: "I want to raise prices by 10%.", sessionType: "check_in" })).toEqual({
      used: false,
      reason: "the message does not look back in time",
    });
    expect(decideRecentTier({ message: "   ", sessionType: "check_in" })).toEqual({ used: false, reason: "no message to judge" });
    // "may" the verb is not the month.
    expect(decideRecentTier({ message: "We may hire two people.", sessionType: "check_in" }).used).toBe(false);
  });
});

describe("clip", () => {
  it("leaves short text alone apart from collapsing whitespace", () => {
    expect(clip("  a\n b   c ", 20)).toBe("a b c");
  });

  it("cuts long text at a word boundary and marks the cut", () => {
    const text = "The quick brown fox jumps over the lazy dog";
    const clipped = clip(text, 20);
    expect(clipped).toBe("The quick brown fox…");
    expect(clipped.length).toBeLessThanOrEqual(20);
  });

  it("cuts inside a word when there is no late enough space", () => {
    expect(clip("Supercalifragilisticexpialidocious", 10)).toBe("Supercali…");
  });
});
