import { describe, expect, it } from "vitest";
import { findCitedLines } from "@/lib/practice/disputes/cited-lines";
import { regradeOffline } from "@/lib/practice/disputes/offline-regrade";
import { deepScore } from "@/lib/practice/rubric-scorer";
import type { TranscriptLine } from "@/lib/practice/types";

const line = (role: TranscriptLine["role"], content: string, i: number): TranscriptLine => ({ role, content, timestampMs: i * 5_000 });
const transcript: TranscriptLine[] = [
  line("persona", "Hello, this is Dana.", 0),
  line("rep", "Hi Dana, I'm Sam from Brightline, calling because teams like yours lose hours to onboarding. How do you handle it today?", 1),
  line("persona", "Honestly, the price is too high for us right now.", 2),
  line("rep", "Budgets are tight this quarter for a lot of teams, that is real.", 3),
  line("persona", "We already use a spreadsheet for this.", 4),
  line("rep", "Tell me more about that spreadsheet?", 5),
  line("persona", "It mostly works.", 6),
  line("rep", "Could we look at it together next Tuesday at 10am?", 7),
];
const scoring = { transcript, mode: "objection_gauntlet" as const };

describe("findCitedLines", () => {
  it("places straight and curly quotes in their lines, whatever the case and punctuation", () => {
    expect(findCitedLines(transcript, `When I said “budgets are tight this quarter” I acknowledged it, and "Tell me more about that spreadsheet" too.`)).toEqual([3, 5]);
  });

  it("ignores one-word quotes and quotes that are not in the call", () => {
    expect(findCitedLines(transcript, `I said "price" and “we can do a discount”.`)).toEqual([]);
  });
});

describe("regradeOffline", () => {
  const before = deepScore(scoring).categories;

  it("credits a cited answer to an objection as acknowledging it, and raises the grade", () => {
    const regrade = regradeOffline({ scoring, category: "objectionHandling", citedLines: [3], before: before.objectionHandling });
    expect(regrade.score).toBeGreaterThan(before.objectionHandling.score!);
    expect(regrade.explanation).toContain("Credited “Budgets are tight this quarter");
    expect(regrade.explanation).toContain(`moves from ${before.objectionHandling.score} to ${regrade.score}`);
  });

  it("refuses a cited line that answers no objection, and keeps the grade", () => {
    const regrade = regradeOffline({ scoring, category: "objectionHandling", citedLines: [7], before: before.objectionHandling });
    expect(regrade.score).toBe(before.objectionHandling.score);
    expect(regrade.explanation).toMatch(/does not answer a buyer objection\. The grade stays \d+/);
  });

  it("applies only the credit's change to a grade that came from a model", () => {
    const modelGrade = { score: 30, reasons: ["The rep talked past the price concern."] };
    const offline = regradeOffline({ scoring, category: "objectionHandling", citedLines: [3], before: before.objectionHandling });
    const regrade = regradeOffline({ scoring, category: "objectionHandling", citedLines: [3], before: modelGrade });
    expect(regrade.score! - modelGrade.score).toBe(offline.score! - before.objectionHandling.score!);
  });

  it("never changes communication, and asks for quotes when there are none", () => {
    expect(regradeOffline({ scoring, category: "communication", citedLines: [3], before: before.communication })).toMatchObject({
      score: before.communication.score,
      explanation: expect.stringContaining("measured"),
    });
    expect(regradeOffline({ scoring, category: "closing", citedLines: [], before: before.closing }).explanation).toContain("quotes no line");
  });
});
