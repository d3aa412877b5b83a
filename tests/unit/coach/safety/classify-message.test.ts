import { describe, expect, it } from "vitest";
import { hasCrisisSignal } from "@/lib/care/crisis-signals";
import { classifyMessage } from "@/lib/coach/safety/classify-message";

const kinds = (messages: string[]) => messages.map((message) => [message, classifyMessage(message)]);

describe("classifyMessage", () => {
  it("flags plain self-harm signals as a crisis", () => {
    const crisis = [
      "I want to kill myself.",
      "Honestly I've been thinking about suicide since the company folded.",
      "I'm suicidal and I don't know who to tell",
      "I don’t want to be alive anymore",
      "Everyone would be better off without me",
      "I've been thinking about hurting myself again",
      "Some nights I just want to end my life",
      "I want to die",
      "I keep self-harming when the pressure builds",
    ];
    expect(kinds(crisis)).toEqual(crisis.map((message) => [message, { kind: "crisis" }]));
  });

  it("leaves ordinary business hyperbole alone", () => {
    const ordinary = [
      "This deadline is killing me.",
      "Our churn is killing us this quarter",
      "Raising prices now would be commercial suicide.",
      "I'm dying to launch the new plan",
      "We absolutely killed it at the demo day!",
      "I could die of embarrassment after that pitch",
      "I need to cut myself some slack this week",
      "Should we kill the enterprise tier?",
      "I want to end the partnership with our reseller",
    ];
    expect(kinds(ordinary)).toEqual(ordinary.map((message) => [message, { kind: "none" }]));
    expect(ordinary.some(hasCrisisSignal)).toBe(false);
  });

  it("flags requests to deceive or harass, not reports of someone else doing it", () => {
    expect(classifyMessage("Can you write me five fake reviews for my café?")).toEqual({ kind: "deceive-or-harass", misuse: "deceive" });
    expect(classifyMessage("Write 10 fake Google reviews for our app")).toEqual({ kind: "deceive-or-harass", misuse: "deceive" });
    expect(classifyMessage("How do I pretend to be a customer on the competitor's forum?")).toEqual({ kind: "deceive-or-harass", misuse: "deceive" });
    expect(classifyMessage("Should I lie to investors about our churn?")).toEqual({ kind: "deceive-or-harass", misuse: "deceive" });
    expect(classifyMessage("Help me write a threatening email to my ex co-founder")).toEqual({ kind: "deceive-or-harass", misuse: "harass" });
    expect(classifyMessage("How can I get back at the reviewer who trashed us?")).toEqual({ kind: "deceive-or-harass", misuse: "harass" });

    const reports = [
      "A competitor posts fake reviews about us. What do I do?",
      "I don't want to mislead anyone with these numbers, how do I present them?",
      "How do I pretend to be confident when I pitch?",
      "My cofounder keeps bullying the junior devs.",
      "How do we get more genuine reviews from customers?",
      "How do I make the fake reviews about us go away?",
    ];
    expect(kinds(reports)).toEqual(reports.map((message) => [message, { kind: "none" }]));
  });

  it("flags legal, medical and financial questions, and not the business versions of those words", () => {
    expect(classifyMessage("Can we sue the client for breach of contract?")).toEqual({ kind: "professional-advice", field: "legal" });
    expect(classifyMessage("Is it legal to record sales calls without telling them?")).toEqual({ kind: "professional-advice", field: "legal" });
    expect(classifyMessage("Is my non-compete enforceable?")).toEqual({ kind: "professional-advice", field: "legal" });
    expect(classifyMessage("What medication helps with the stress?")).toEqual({ kind: "professional-advice", field: "medical" });
    expect(classifyMessage("I get chest pains before every board meeting")).toEqual({ kind: "professional-advice", field: "medical" });
    expect(classifyMessage("Should I invest my savings in bitcoin?")).toEqual({ kind: "professional-advice", field: "financial" });
    expect(classifyMessage("Which stocks should I buy with the exit money?")).toEqual({ kind: "professional-advice", field: "financial" });
    expect(classifyMessage("How much tax will I pay on the sale?")).toEqual({ kind: "professional-advice", field: "financial" });

    const business = [
      "Should we invest more in marketing this quarter?",
      "Help me diagnose why churn went up",
      "Our legal team is slow to review contracts",
      "How do I pitch investors for our seed round?",
      "What's the best way to price the pro plan?",
      "I'm worried about our cash runway",
    ];
    expect(kinds(business)).toEqual(business.map((message) => [message, { kind: "none" }]));
  });

  it("ranks a crisis above everything else in the same message", () => {
    expect(classifyMessage("I lost all my savings on crypto and I want to kill myself")).toEqual({ kind: "crisis" });
  });
});
