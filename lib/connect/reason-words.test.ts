import { describe, expect, it } from "vitest";
import { explainForHelper, explainMatch } from "./reason";
import { encodeReason, reasonInWords } from "./reason-words";
import { CONNECT_EMOTIONS } from "../emotion/emotions";

const vector = (scores: Partial<Record<(typeof CONNECT_EMOTIONS)[number], number>>) => CONNECT_EMOTIONS.map((e) => scores[e] ?? 0);

describe("a match's reason in its reader's words", () => {
  const shared = encodeReason(explainMatch({ mode: "similar", mine: vector({ lonely: 0.9, sad: 0.6 }), theirs: vector({ lonely: 0.7, sad: 0.8 }) }).reason);
  const uplift = encodeReason(explainMatch({ mode: "uplift", mine: vector({ anxious: 0.9 }), theirs: vector({ calm: 0.8 }) }).reason);
  const helper = encodeReason(explainForHelper({ asker: vector({ anxious: 0.9 }), helper: vector({ calm: 0.8 }) }));

  it("reads in English", () => {
    expect(reasonInWords(shared, "en")).toBe("You both feel lonely and sad.");
    expect(reasonInWords(uplift, "en")).toBe("You feel anxious; they feel calm, which tends to help with feeling anxious.");
    expect(reasonInWords(helper, "en")).toBe("They feel anxious; your calm mood may help.");
  });

  it("reads in Spanish, the emotions as Spanish words and the list joined the Spanish way", () => {
    expect(reasonInWords(shared, "es")).toBe("Lo que compartes con esta persona: soledad y tristeza.");
    expect(reasonInWords(uplift, "es")).toBe("Sientes ansiedad; esta persona siente calma, que suele ayudar en esos momentos.");
    expect(reasonInWords(helper, "es")).toBe("Esta persona siente ansiedad; tu estado de ánimo (calma) puede ayudarle.");
  });

  it("keeps a reason stored as a sentence, and English for a language without messages", () => {
    expect(reasonInWords("You both feel calm.", "es")).toBe("You both feel calm.");
    expect(reasonInWords(shared, "fr")).toBe("You both feel lonely and sad.");
  });
});
