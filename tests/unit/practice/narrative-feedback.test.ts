import { describe, expect, it } from "vitest";
import { buildNarrativeFeedback } from "@/lib/practice/rubric/narrative-feedback";
import type { CategoryScore, RubricCategory } from "@/lib/practice/types";

function categories(scores: Record<RubricCategory, number>): Record<RubricCategory, CategoryScore> {
  return Object.fromEntries(
    Object.entries(scores).map(([key, score]) => [key, { score, reasons: [`${key} reason at ${score}`] }]),
  ) as Record<RubricCategory, CategoryScore>;
}

describe("buildNarrativeFeedback", () => {
  it("names the overall score, the best and weakest category with their first reason, and the first improvement", () => {
    const text = buildNarrativeFeedback({
      overallScore: 62,
      categories: categories({ opening: 55, discovery: 81, objectionHandling: 60, communication: 70, closing: 30 }),
      improvements: ["Ask for a next step before the call ends", "Second tip."],
    });
    expect(text).toBe(
      "This call scored 62/100. Your strongest area was discovery (81): discovery reason at 81. " +
        "Your weakest was closing (30): closing reason at 30. Next time: Ask for a next step before the call ends.",
    );
  });

  it("does not invent a best and a worst when every category scored the same", () => {
    const text = buildNarrativeFeedback({
      overallScore: 50,
      categories: categories({ opening: 50, discovery: 50, objectionHandling: 50, communication: 50, closing: 50 }),
      improvements: [],
    });
    expect(text).toBe("This call scored 50/100. Every category scored 50.");
  });
});
