import { describe, expect, it } from "vitest";
import type { ChatMessage } from "@/lib/ai/types";
import { chunkReply, composeGrowReply, type OfflineCoachContext } from "@/lib/coach/coach-engine";

function context(overrides: Partial<OfflineCoachContext> = {}): OfflineCoachContext {
  return { name: "Dana", timezone: "Europe/London", goals: [], memories: [], ...overrides };
}

const user = (content: string): ChatMessage => ({ role: "user", content });
const coach = (content: string): ChatMessage => ({ role: "assistant", content });

describe("composeGrowReply (the offline coach)", () => {
  it("greets on the first turn, reflects the goal and asks the reality question", () => {
    const ctx = context();
    const reply = composeGrowReply({ messages: [user("I want to hire a head of sales.")], context: ctx });
    expect(reply).toBe("Hi Dana. So what you want is to hire a head of sales. Where do things stand right now — what have you already tried?");
    expect(ctx.outcome).toEqual({ stage: "reality", commitments: [] });
  });

  it("quotes a remembered message with its date in the user's timezone, and the related goal", () => {
    const ctx = context({
      goals: [{ title: "Close the Barclays deal" }, { title: "Hire a designer" }],
      memories: [{ createdAt: "2026-07-14T23:30:00Z", snippet: "The London pitch to Barclays went badly." }],
    });
    const reply = composeGrowReply({ messages: [user("How do I rescue the Barclays deal?")], context: ctx });
    expect(reply).toContain("On 15 July you said: “The London pitch to Barclays went badly.”");
    expect(reply).toContain("This ties into your goal “Close the Barclays deal”.");
  });

  it("notes commitments, lists them in review, and does not greet again", () => {
    const ctx = context();
    const messages = [
      user("I'll call Sarah by Friday."),
      coach("I've noted: call Sarah by Friday. How confident are you, from 1 to 10, that this will happen — and what would make it a 10?"),
      user("I will also send the proposal tomorrow."),
    ];
    const reply = composeGrowReply({ messages, context: ctx });
    expect(reply.startsWith("I've noted: also send the proposal tomorrow.")).toBe(true);
    expect(reply).toContain("So far you've committed to: call Sarah by Friday; also send the proposal tomorrow.");
    expect(reply).not.toContain("Hi Dana");
    // The question asked last time is not asked again.
    expect(reply).toContain("Who could help you follow through on this?");
    expect(ctx.outcome).toEqual({ stage: "review", commitments: ["also send the proposal tomorrow"] });
  });

  it("mentions an active goal on the opening turn when nothing else ties in", () => {
    const reply = composeGrowReply({ messages: [user("Morning.")], context: context({ goals: [{ title: "Reach £50k MRR" }] }) });
    expect(reply).toContain("One of your active goals is “Reach £50k MRR”.");
    expect(reply).toContain("You said: “Morning.”");
  });
});

describe("chunkReply", () => {
  it("splits into pieces of a few words that join back to the reply", () => {
    const text = "What would success look like for you this quarter?";
    const chunks = chunkReply(text);
    expect(chunks).toEqual(["What would success ", "look like for ", "you this quarter?"]);
    expect(chunks.join("")).toBe(text);
    expect(chunkReply("")).toEqual([]);
  });
});
