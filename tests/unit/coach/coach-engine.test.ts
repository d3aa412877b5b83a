import { describe, expect, it } from "vitest";
import type { ChatMessage } from "@/lib/ai/types";
import { chunkReply, composeGrowReply, type OfflineCoachContext } from "@/lib/coach/chat/coach-engine";
import { findDoneActionItem } from "@/lib/coach/offline-reply/done-commitment";
import { reflectMessage, toSecondPerson } from "@/lib/coach/offline-reply/reflect";
import { playbook } from "@/lib/coach/playbook";

function context(overrides: Partial<OfflineCoachContext> = {}): OfflineCoachContext {
  return { name: "Dana Whitfield", timezone: "Europe/London", goals: [], memories: [], ...overrides };
}

const user = (content: string): ChatMessage => ({ role: "user", content });
const coach = (content: string): ChatMessage => ({ role: "assistant", content });
const questionsIn = (text: string) => text.replace(/“[^”]*”/g, "").match(/\?/g)?.length ?? 0;
const practicesOf = (id: string) => playbook.find((entry) => entry.id === id)!.practices;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

describe("composeGrowReply (the offline coach)", () => {
  it("greets by first name, reflects the goal, gives playbook advice and asks one question", () => {
    const ctx = context();
    const reply = composeGrowReply({ messages: [user("I want to hire a head of sales.")], context: ctx });
    expect(reply.startsWith("Hi Dana. So you want to hire a head of sales.")).toBe(true);
    expect(reply).not.toContain("Whitfield");
    expect(reply).toContain(lowerFirst(practicesOf("hiring-first-sales-hire")[0]!));
    expect(reply.endsWith("What would a great first 90 days look like for that person, in numbers?")).toBe(true);
    expect(questionsIn(reply)).toBe(1);
    expect(ctx.outcome).toMatchObject({ stage: "reality", commitments: [], doneActionItem: null });
    expect(ctx.outcome!.playbookIds[0]).toBe("hiring-first-sales-hire");
  });

  it("answers a stress message with stress advice, in the user's words turned to 'you'", () => {
    const reply = composeGrowReply({ messages: [user("I'm completely overwhelmed and my team is waiting on me.")], context: context() });
    expect(reply).toContain("It sounds like you're completely overwhelmed and your team is waiting on you");
    expect(reply).toContain(lowerFirst(practicesOf("stress-overwhelm")[0]!));
    expect(questionsIn(reply)).toBe(1);
  });

  it("answers a direct question directly, then asks one question", () => {
    const reply = composeGrowReply({ messages: [user("How do I write a proposal that wins?")], context: context() });
    const entry = playbook.find((candidate) => candidate.id === "proposal-writing")!;
    expect(reply).toContain(entry.answer);
    expect(reply).toContain("One thing to try this week:");
    expect(reply).not.toMatch(/It sounds like|You're saying/);
    expect(reply.trim().endsWith("?")).toBe(true);
    expect(questionsIn(reply)).toBe(1);
  });

  it("fits the advice to the profile: stage, team size, listed challenges and coaching style", () => {
    const early = composeGrowReply({ messages: [user("I want to hire a head of sales.")], context: context({ profile: { stage: "Pre-seed", teamSize: 3 } }) });
    expect(early).toContain("until you have closed ten or so deals yourself");
    expect(early).toContain("With a team of 3");
    const listed = composeGrowReply({ messages: [user("Our churn went up again this month.")], context: context({ profile: { keyChallenges: ["Customer churn"] } }) });
    expect(listed).toContain("You listed “Customer churn” as one of your key challenges");
    const tactical = composeGrowReply({ messages: [user("Our churn went up again this month.")], context: context({ coachStyle: "tactical" }) });
    expect(tactical).toMatch(/Two steps for this week: 1\) .+ 2\) /);
    const supportive = composeGrowReply({ messages: [user("Our churn went up again this month.")], context: context({ coachStyle: "supportive" }) });
    expect(supportive).toContain("One small step that often helps");
  });

  it("ties advice to a related goal and quotes a remembered message with its date", () => {
    const ctx = context({
      goals: [{ title: "Close the Barclays deal" }, { title: "Hire a designer" }],
      memories: [{ createdAt: "2026-07-14T23:30:00Z", snippet: "The London pitch to Barclays went badly." }],
    });
    const reply = composeGrowReply({ messages: [user("How do I rescue the Barclays deal?")], context: ctx });
    expect(reply).toContain("On 15 July you said: “The London pitch to Barclays went badly.”");
    expect(reply).toContain("This ties into your goal “Close the Barclays deal”.");
  });

  it("answers a recall question with the memory, not with new advice", () => {
    const ctx = context({ memories: [{ createdAt: "2026-07-14T09:00:00Z", snippet: "We agreed to hold prices until the new tier ships." }] });
    const reply = composeGrowReply({ messages: [user("Remind me what we decided about pricing?")], context: ctx });
    expect(reply).toContain("Here's what you said on 14 July: “We agreed to hold prices until the new tier ships.”");
    expect(reply).not.toContain("What tends to work");
    expect(ctx.outcome?.playbookIds).toEqual([]);
  });

  it("does not repeat practices already given, and stays on topic for a follow-up", () => {
    const first = composeGrowReply({ messages: [user("I'm so stressed and I can't sleep.")], context: context() });
    const second = composeGrowReply({ messages: [user("I'm so stressed and I can't sleep."), coach(first), user("What else could I try?")], context: context() });
    const given = practicesOf("sleep-recovery").filter((practice) => first.includes(lowerFirst(practice)));
    expect(given.length).toBeGreaterThan(0);
    for (const practice of given) expect(second).not.toContain(lowerFirst(practice));
    expect(second).not.toContain("Hi Dana");
    expect(second).toMatch(/bed|screens|sleep|wake/i);
  });

  it("recognises a reported done commitment and offers to tick the action item", () => {
    const ctx = context({ actionItems: [{ id: "item-1", text: "Send the proposal to Priya by Friday" }, { id: "item-2", text: "Call Sarah about pricing" }] });
    const reply = composeGrowReply({ messages: [user("Good news: I sent the proposal to Priya this morning.")], context: ctx });
    expect(reply).toContain("“Send the proposal to Priya by Friday”");
    expect(reply).toContain("Shall I tick it off?");
    expect(ctx.outcome?.doneActionItem).toEqual({ id: "item-1", text: "Send the proposal to Priya by Friday" });
    expect(questionsIn(reply.replace("Shall I tick it off?", ""))).toBe(1);
  });

  it("notes commitments in natural grammar, lists them in review, and does not greet again", () => {
    const ctx = context();
    const messages = [
      user("I'll call Sarah by Friday."),
      coach("I've noted that you'll call Sarah by Friday. How confident are you, from 1 to 10, that this will happen — and what would make it a 10?"),
      user("I will also send the proposal tomorrow."),
    ];
    const reply = composeGrowReply({ messages, context: ctx });
    expect(reply.startsWith("I've noted that you'll also send the proposal tomorrow.")).toBe(true);
    expect(reply).toContain("So far you've committed to: call Sarah by Friday; also send the proposal tomorrow.");
    expect(reply).not.toContain("Hi Dana");
    expect(reply).toContain("Who could help you follow through on this?");
    expect(ctx.outcome).toMatchObject({ stage: "review", commitments: ["also send the proposal tomorrow"] });
  });

  it("greets by a capitalised first name however the name was typed", () => {
    expect(composeGrowReply({ messages: [user("Morning.")], context: context({ name: "priya raman" }) }).startsWith("Hi Priya.")).toBe(true);
  });

  it("mentions an active goal on the opening turn when nothing else ties in", () => {
    const reply = composeGrowReply({ messages: [user("Morning.")], context: context({ goals: [{ title: "Reach £50k MRR" }] }) });
    expect(reply).toBe("Hi Dana. One of your active goals is “Reach £50k MRR”. What would you like to get out of this conversation?");
  });
});

describe("reflection and done detection", () => {
  it("turns first person into second person", () => {
    expect(toSecondPerson("I'm worried our churn is hurting my team and me")).toBe("you're worried your churn is hurting your team and you");
    expect(reflectMessage("Honestly, we lost two big customers last month.")).toBe("It sounds like you lost two big customers last month.");
  });

  it("hears done only when it was done", () => {
    const items = [{ id: "a", text: "Book the dentist" }, { id: "b", text: "Send the board update" }];
    expect(findDoneActionItem({ message: "I finally sent the board update.", items })?.id).toBe("b");
    expect(findDoneActionItem({ message: "I haven't sent the board update yet.", items })).toBeNull();
    expect(findDoneActionItem({ message: "I'll send the board update tomorrow.", items })).toBeNull();
    expect(findDoneActionItem({ message: "I finished the marathon!", items })).toBeNull();
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
