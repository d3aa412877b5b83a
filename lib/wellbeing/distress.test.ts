import { describe, expect, it } from "vitest";
import { showsDistress } from "./distress";

// True positives, and the everyday idioms that must never raise the care card.
const DISTRESS = [
  "I don't want to be alive anymore.",
  "Some nights I think about hurting myself.",
  "I can't cope anymore, everything is falling on me.",
  "I feel hopeless and I can't see it changing.",
  "Honestly there's no way out of this.",
  "Nobody would notice if I was gone.",
  "I'm having a panic attack writing this.",
  "I want to end my life.",
];

const IDIOMS = [
  "This deadline is killing me.",
  "My feet are killing me after the conference.",
  "I'm dying to see the launch numbers.",
  "That pitch was commercial suicide, we laughed about it.",
  "I nearly died laughing at the team lunch.",
  "The commute is murder this week.",
  "I could kill for a coffee right now.",
  "I'm dead tired but happy with the demo.",
  "Our old pricing page was hopeless, the new one is better.",
  "I want to kill this feature before it ships.",
  "The servers died twice today.",
  "I was so anxious before the call, but it went fine.",
];

describe("showsDistress", () => {
  it.each(DISTRESS)("sees distress in %j", (text) => expect(showsDistress(text)).toBe(true));
  it.each(IDIOMS)("raises no alarm for the idiom %j", (text) => expect(showsDistress(text)).toBe(false));

  it("counts the analyser's scores only when sad and anxious both run high", () => {
    expect(showsDistress("A long day.", { sad: 0.8, anxious: 0.7 })).toBe(true);
    expect(showsDistress("A long day.", { sad: 0.9, anxious: 0.2 })).toBe(false);
    expect(showsDistress("A long day.", {})).toBe(false);
  });

  it("reads curly apostrophes like straight ones", () => {
    expect(showsDistress("I can’t cope anymore")).toBe(true);
  });
});
