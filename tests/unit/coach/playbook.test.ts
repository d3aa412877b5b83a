import { describe, expect, it } from "vitest";
import { playbook } from "@/lib/coach/playbook";
import { retrievePlaybook } from "@/lib/coach/playbook/retrieve-playbook";
import { playbookTopics } from "@/lib/coach/playbook/types";

// Retrieval fixtures: what a user writes, and the playbook topic (or entry) the coach must draw on.
const fixtures: [string, string][] = [
  ["I'm so stressed I can barely think straight this week.", "stress-sleep"],
  ["I keep waking up at 3am worrying about payroll and I'm exhausted.", "stress-sleep"],
  ["I think I'm burning out, I've worked every weekend for months.", "stress-sleep"],
  ["How do I write a proposal that actually wins the work?", "proposals-roi"],
  ["The client wants a business case showing ROI before they sign.", "proposals-roi"],
  ["I sent a proposal two weeks ago and they went quiet.", "proposals-roi"],
  ["I need to hire a head of sales but I don't know where to start.", "hiring"],
  ["Our interviews feel random, we keep picking the wrong candidates.", "hiring"],
  ["Should we raise a seed round now or wait?", "fundraising"],
  ["Investors keep passing on us after the first meeting.", "fundraising"],
  ["I think we're too cheap, should I raise prices?", "pricing"],
  ["How should we structure our pricing tiers?", "pricing"],
  ["We don't have enough pipeline to hit the quarter.", "sales-pipeline"],
  ["Three big deals are stuck and keep slipping to next quarter.", "sales-pipeline"],
  ["Churn jumped this month and I don't know why customers are leaving.", "churn"],
  ["New customers cancel in the first month, onboarding is clearly broken.", "churn"],
  ["Everything feels urgent and I can't decide what to focus on.", "prioritisation"],
  ["I'm doing everything myself and I'm the bottleneck.", "delegation"],
  ["My co-founder and I keep arguing about where the company should go.", "co-founder"],
  ["I'm not sure we have product-market fit, growth has stalled.", "product-market-fit"],
  ["We're running out of cash and have maybe five months of runway.", "cash-flow"],
  ["I have to give someone on my team some hard feedback.", "leadership"],
  ["Procurement wants a 20% discount, how do I negotiate?", "negotiation"],
  ["Prospects don't get what makes us different from competitors.", "marketing"],
  ["How should I structure my monthly investor update?", "fundraising"],
  ["I'm nervous about giving a keynote next month.", "stress-sleep"],
  ["I feel like a fraud in investor meetings.", "stress-sleep"],
  ["We lost our biggest client today.", "churn"],
  ["You know, our sales are flat and I can't figure out why.", "sales-pipeline"],
  ["Help me plan next week.", "prioritisation"],
];

describe("the playbook", () => {
  it("has at least 40 entries across every topic, each with concrete practices, an answer and a question", () => {
    expect(playbook.length).toBeGreaterThanOrEqual(40);
    expect(new Set(playbook.map((entry) => entry.topic))).toEqual(new Set(playbookTopics));
    expect(new Set(playbook.map((entry) => entry.id)).size).toBe(playbook.length);
    for (const entry of playbook) {
      expect(entry.practices.length, entry.id).toBeGreaterThanOrEqual(3);
      expect(entry.whenItApplies, entry.id).toMatch(/^when /);
      expect(entry.question, entry.id).toMatch(/\?$/);
      for (const practice of [...entry.practices, entry.answer]) expect(practice, entry.id).not.toContain("?");
    }
  });

  it.each(fixtures)("retrieves the right advice for “%s”", (message, topic) => {
    const [best] = retrievePlaybook({ message });
    expect(best?.entry.topic, best?.entry.id).toBe(topic);
  });

  it("stays on the conversation's topic for a vague follow-up, and finds nothing in small talk", () => {
    const [best] = retrievePlaybook({ message: "What else could I try?", earlier: ["I'm so stressed and I can't sleep."] });
    expect(best?.entry.topic).toBe("stress-sleep");
    expect(retrievePlaybook({ message: "Morning." })).toEqual([]);
  });
});
