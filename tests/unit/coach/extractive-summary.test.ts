import { describe, expect, it } from "vitest";
import { summarizeExtractively } from "@/lib/coach/summaries/extractive-summary";
import { scoreSentiment } from "@/lib/coach/summaries/summary-sentiment";
import { splitSentences, stem } from "@/lib/coach/summaries/summary-text";

const dayOfCheckIns = [
  "The London pitch to the retail investors is on Thursday. I still need to rework the pricing slide for the London pitch.",
  "Hiring is slow. We interviewed two engineers and neither was right.",
  "The London pitch deck needs a clearer pricing story, the investors asked about pricing twice last time.",
  "Lunch was fine.",
];

describe("splitSentences", () => {
  it("splits on sentence punctuation and line breaks but keeps abbreviations and decimals whole", () => {
    expect(splitSentences("Met Dr. Patel at 3.30 today. Went well!\nNext: revenue plan? Yes")).toEqual([
      "Met Dr. Patel at 3.30 today.",
      "Went well!",
      "Next: revenue plan?",
      "Yes",
    ]);
  });

  it("drops fragments without letters or digits", () => {
    expect(splitSentences("... !!\n\n  ")).toEqual([]);
  });
});

describe("stem", () => {
  it("folds common suffixes so variants count as one term", () => {
    expect(stem("interviewed")).toBe("interview");
    expect(stem("interviewing")).toBe("interview");
    expect(stem("interviews")).toBe("interview");
    expect(stem("planned")).toBe("plan");
    expect(stem("investors")).toBe("investor");
    expect(stem("companies")).toBe("company");
    expect(stem("business")).toBe("business");
  });
});

describe("summarizeExtractively", () => {
  it("keeps the most central sentences, in their original order, up to maxSentences", () => {
    const { summary } = summarizeExtractively(dayOfCheckIns, { maxSentences: 2 });
    const picked = splitSentences(summary);
    expect(picked).toHaveLength(2);
    // Both picks are about the recurring theme, not the one-off remark about lunch.
    for (const sentence of picked) expect(sentence).toMatch(/London pitch|pricing/);
    expect(summary).not.toMatch(/Lunch/);
    const all = dayOfCheckIns.flatMap(splitSentences);
    expect(all.indexOf(picked[0] as string)).toBeLessThan(all.indexOf(picked[1] as string));
  });

  it("returns every sentence when there are fewer than maxSentences", () => {
    const { summary } = summarizeExtractively(["Closed the Acme deal", "Team offsite is booked."], { maxSentences: 5 });
    expect(summary).toBe("Closed the Acme deal. Team offsite is booked.");
  });

  it("does not pick two near-identical sentences", () => {
    const texts = [
      "We need to fix the onboarding funnel before the launch.",
      "We need to fix the onboarding funnel before the launch!",
      "Marketing budget for the launch is approved.",
    ];
    const { summary } = summarizeExtractively(texts, { maxSentences: 2 });
    expect(summary.match(/onboarding funnel/g)).toHaveLength(1);
    expect(summary).toMatch(/Marketing budget/);
  });

  it("names the recurring phrase as a key topic, in the user's own words", () => {
    const { keyTopics } = summarizeExtractively(dayOfCheckIns);
    expect(keyTopics[0]).toBe("london pitch");
    expect(keyTopics).toContain("pricing");
    expect(keyTopics).not.toContain("london");
    expect(keyTopics.length).toBeLessThanOrEqual(5);
    expect(keyTopics).not.toContain("lunch");
  });

  it("gives an empty summary for empty or blank input", () => {
    expect(summarizeExtractively([])).toEqual({ summary: "", keyTopics: [], sentiment: 0 });
    expect(summarizeExtractively(["   ", "\n"])).toEqual({ summary: "", keyTopics: [], sentiment: 0 });
  });

  it("clips a run-on sentence instead of returning a wall of text", () => {
    const runOn = `We talked about ${"the roadmap and the hiring plan and ".repeat(40)}everything else`;
    const { summary } = summarizeExtractively([runOn]);
    expect(summary.length).toBeLessThan(420);
  });
});

describe("scoreSentiment", () => {
  it("is positive for wins and negative for setbacks, within [-1, 1]", () => {
    const good = scoreSentiment(["We signed the Acme contract and I am thrilled with the team."]);
    const bad = scoreSentiment(["I am worried, hiring is blocked and we lost the biggest customer."]);
    expect(good).toBeGreaterThan(0.5);
    expect(bad).toBeLessThan(-0.5);
    expect(good).toBeLessThanOrEqual(1);
    expect(bad).toBeGreaterThanOrEqual(-1);
  });

  it("is zero for neutral text", () => {
    expect(scoreSentiment(["The meeting is at ten in the main room."])).toBe(0);
  });

  it("flips a negated word, including contractions", () => {
    expect(scoreSentiment(["I am not happy with the launch."])).toBeLessThan(0);
    expect(scoreSentiment(["The demo wasn't a disaster."])).toBeGreaterThan(0);
    expect(scoreSentiment(["I don’t feel confident about the plan."])).toBeLessThan(0);
  });

  it("weighs what follows 'but' more than what comes before", () => {
    expect(scoreSentiment(["The demo was good but we lost the deal."])).toBeLessThan(0);
    expect(scoreSentiment(["We lost the deal but the demo was great."])).toBeGreaterThan(0);
  });

  it("is stronger with an intensifier", () => {
    expect(scoreSentiment(["I am very happy."])).toBeGreaterThan(scoreSentiment(["I am happy."]));
  });

  it("reports the summary's sentiment from the texts", () => {
    expect(summarizeExtractively(["Shipped the new release and customers love it."]).sentiment).toBeGreaterThan(0);
  });
});
