import { describe, expect, it } from "vitest";
import { extractActionItems, normalizeActionItemText } from "@/lib/coach/planning/action-item-extractor";

// Wednesday 25 November 2026, noon in London.
const NOW = new Date("2026-11-25T12:00:00Z");
const LONDON = { now: NOW, timezone: "Europe/London" };

describe("extractActionItems", () => {
  it("turns an \"I'll … by Friday\" commitment into an imperative task due this Friday", () => {
    expect(extractActionItems("I'll call Sarah about the renewal by Friday.", LONDON)).toEqual([
      { text: "Call Sarah about the renewal", dueDate: "2026-11-27" },
    ]);
  });

  it("reads \"I will … next Tuesday\" as the Tuesday of next week", () => {
    expect(extractActionItems("I will send the pricing deck to Acme next Tuesday.", LONDON)).toEqual([
      { text: "Send the pricing deck to Acme", dueDate: "2026-12-01" },
    ]);
  });

  it("resolves \"tomorrow\" in the user's own timezone, not in UTC", () => {
    // 14:30 UTC is already 01:30 on Thursday in Sydney, and still 06:30 on Wednesday in Los Angeles.
    const now = new Date("2026-11-25T14:30:00Z");
    const text = "I'll send the board deck tomorrow.";
    expect(extractActionItems(text, { now, timezone: "Australia/Sydney" })).toEqual([{ text: "Send the board deck", dueDate: "2026-11-27" }]);
    expect(extractActionItems(text, { now, timezone: "America/Los_Angeles" })).toEqual([{ text: "Send the board deck", dueDate: "2026-11-26" }]);
  });

  it("finds each commitment in a message, with or without a date", () => {
    const text = "I'm going to book a call with the London team on 3 December. Then I'll update the CRM.";
    expect(extractActionItems(text, LONDON)).toEqual([
      { text: "Book a call with the London team", dueDate: "2026-12-03" },
      { text: "Update the CRM", dueDate: null },
    ]);
  });

  it("understands \"my next step is\" and \"end of the week\"", () => {
    expect(extractActionItems("My next step is to email the board by end of the week.", LONDON)).toEqual([
      { text: "Email the board", dueDate: "2026-11-27" },
    ]);
  });

  it.each([
    ["a question", "Should I call the investor?"],
    ["a hypothetical", "If I had time I would rewrite the website."],
    ["someone else's promise", "Sarah said she will send the contract."],
    ["a refusal", "I won't chase the invoice."],
    ["a figure of speech", "I'll be honest, the quarter was rough."],
    ["thinking, not doing", "I need to think about pricing."],
    ["a request to the coach", "Let me know what you think."],
    ["a vague intention", "I'll try."],
  ])("is not a commitment: %s", (_, text) => {
    expect(extractActionItems(text, LONDON)).toEqual([]);
  });

  it("lists a task repeated in one message once", () => {
    const items = extractActionItems("I'll send the deck to Priya. Honestly, I will send the deck to Priya!", LONDON);
    expect(items).toEqual([{ text: "Send the deck to Priya", dueDate: null }]);
  });
});

describe("normalizeActionItemText", () => {
  it("ignores case, punctuation and spacing", () => {
    expect(normalizeActionItemText("  Call SARAH — about the renewal! ")).toBe(normalizeActionItemText("call sarah about the renewal"));
  });
});
