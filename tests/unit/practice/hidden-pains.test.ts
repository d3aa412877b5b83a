import { describe, expect, it } from "vitest";
import { revealHiddenPains } from "@/lib/practice/rubric/hidden-pains";
import type { TranscriptLine } from "@/lib/practice/types";

const pains = [
  "Our dispatchers re-key every order from email into the TMS by hand.",
  "Drivers sit idle for hours at docks because appointment times are wrong.",
  "We lose about two customers a quarter over late delivery updates.",
];

const transcript: TranscriptLine[] = [
  { role: "persona", content: "Marco speaking.", timestampMs: 0 },
  { role: "rep", content: "Hi Marco, this is Sam from Relay. Do you have a minute?", timestampMs: 2_000 },
  { role: "persona", content: "A minute, yes.", timestampMs: 4_000 },
  { role: "rep", content: "Thanks. How do orders get from your customers' emails into your TMS today?", timestampMs: 6_000 },
  { role: "persona", content: "Honestly? Our dispatchers re-key every order from email into the TMS by hand. It's painful.", timestampMs: 9_000 },
  { role: "rep", content: "What happens with your drivers at the docks?", timestampMs: 14_000 },
  { role: "persona", content: "They wait around a lot. Drivers sit idle for hours at docks when appointment times are wrong.", timestampMs: 17_000 },
  { role: "rep", content: "Can we book a demo next Tuesday?", timestampMs: 22_000 },
  { role: "persona", content: "Fine.", timestampMs: 24_000 },
];

describe("revealHiddenPains", () => {
  it("marks a pain uncovered, quoting the rep's question and the buyer's answer verbatim", () => {
    const [first, second] = revealHiddenPains({ transcript, hiddenPains: pains });
    expect(first).toEqual({
      pain: pains[0],
      uncovered: true,
      question: "Thanks. How do orders get from your customers' emails into your TMS today?",
      answer: "Honestly? Our dispatchers re-key every order from email into the TMS by hand. It's painful.",
    });
    expect(second).toMatchObject({ pain: pains[1], uncovered: true, question: "What happens with your drivers at the docks?" });
    for (const result of [first!, second!]) {
      expect(transcript.some((line) => line.role === "rep" && line.content === result.question)).toBe(true);
      expect(transcript.some((line) => line.role === "persona" && line.content === result.answer)).toBe(true);
    }
  });

  it("marks a pain the buyer never voiced as missed, with no question or answer", () => {
    expect(revealHiddenPains({ transcript, hiddenPains: pains })[2]).toEqual({ pain: pains[2], uncovered: false });
  });

  it("does not count the rep naming a pain as the buyer revealing it", () => {
    const repOnly: TranscriptLine[] = [
      { role: "rep", content: "I bet you lose about two customers a quarter over late delivery updates?", timestampMs: 0 },
      { role: "persona", content: "Maybe.", timestampMs: 3_000 },
    ];
    expect(revealHiddenPains({ transcript: repOnly, hiddenPains: pains }).every((result) => !result.uncovered)).toBe(true);
  });

  it("keeps the persona's order and returns nothing for a persona without pains", () => {
    expect(revealHiddenPains({ transcript, hiddenPains: [...pains].reverse() }).map((result) => result.uncovered)).toEqual([false, true, true]);
    expect(revealHiddenPains({ transcript, hiddenPains: [] })).toEqual([]);
  });
});
