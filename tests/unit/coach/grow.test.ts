import { describe, expect, it } from "vitest";
import { analyzeUtterance, extractCommitments, growStateOf, initialGrowState, nextGrowQuestion, stepGrow } from "@/lib/coach/chat/grow";

describe("analyzeUtterance", () => {
  it("hears a goal, an obstacle, options and commitments", () => {
    expect(analyzeUtterance("I want to double our revenue this year.").goal).toBe("double our revenue this year");
    expect(analyzeUtterance("We're stuck on hiring. Everything else is fine.").obstacle).toBe("We're stuck on hiring.");
    expect(analyzeUtterance("Maybe we could partner with a recruiter").options).toEqual(["Maybe we could partner with a recruiter"]);
    expect(analyzeUtterance("I'll email the investors by Friday.").commitments).toEqual(["email the investors by Friday"]);
  });

  it("hears nothing in small talk", () => {
    expect(analyzeUtterance("Good morning!")).toEqual({ goal: null, obstacle: null, options: [], commitments: [] });
  });
});

describe("extractCommitments", () => {
  it("takes every 'I will / I'm going to' with an action of two or more words", () => {
    expect(extractCommitments("I will call Sarah. I'm going to draft the memo, and I'll rest")).toEqual(["call Sarah", "draft the memo, and I'll rest"]);
  });

  it("treats a dated imperative as a commitment when no 'I will' is present, but not a question", () => {
    expect(extractCommitments("Send the deck to Priya by Friday.")).toEqual(["Send the deck to Priya by Friday"]);
    expect(extractCommitments("Should I send it by Friday?")).toEqual([]);
  });
});

describe("the GROW state machine", () => {
  it("moves goal → reality → options → will as each question is answered", () => {
    let state = initialGrowState();
    state = stepGrow(state, "I want to hire a head of sales.");
    expect(state).toMatchObject({ stage: "reality", goal: "hire a head of sales", turnsInStage: 0 });
    state = stepGrow(state, "The problem is we can't match salaries.");
    expect(state.stage).toBe("options");
    expect(state.obstacles).toEqual(["The problem is we can't match salaries."]);
    state = stepGrow(state, "We could offer more equity instead.");
    expect(state.stage).toBe("will");
    expect(state.options).toEqual(["We could offer more equity instead"]);
  });

  it("jumps to review as soon as the user commits, from any stage", () => {
    const state = growStateOf(["Hi", "I'll post the job ad tomorrow."]);
    expect(state.stage).toBe("review");
    expect(state.commitments).toEqual(["post the job ad tomorrow"]);
  });

  it("never loops: a stage with no answer is left after two turns, and will is the last before review", () => {
    expect(growStateOf(["Hello"]).stage).toBe("goal");
    expect(growStateOf(["Hello", "Not sure"]).stage).toBe("reality");
    const wandering = growStateOf(Array.from({ length: 12 }, () => "Hmm."));
    expect(wandering.stage).toBe("will");
  });

  it("is a pure function of the user's turns", () => {
    const turns = ["I want to launch in Spain.", "It's hard to find a partner.", "Maybe a distributor."];
    expect(growStateOf(turns)).toEqual(growStateOf([...turns]));
  });
});

describe("nextGrowQuestion", () => {
  it("asks the stage's first question, then one not yet asked", () => {
    const state = { ...initialGrowState(), stage: "reality" as const };
    const first = nextGrowQuestion(state, []);
    expect(first).toBe("Where do things stand right now — what have you already tried?");
    const second = nextGrowQuestion(state, [`Hi. ${first}`]);
    expect(second).not.toBe(first);
    expect(second).toBe("What's getting in the way at the moment?");
  });
});
