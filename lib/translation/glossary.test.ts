import { describe, expect, it } from "vitest";
import { protectTerms, restoreTerms } from "./glossary";

describe("glossary protection", () => {
  it("replaces whole-word terms with placeholders, longest first, and puts them back", () => {
    const guarded = protectTerms("Cadence Pro beats Cadence; cadenced is a word", ["Cadence", "Cadence Pro"]);
    expect(guarded.text).toBe("⟦0⟧ beats ⟦1⟧; cadenced is a word");
    expect(restoreTerms("⟦0⟧ supera a ⟦1⟧; cadenced es una palabra", guarded.terms)).toBe("Cadence Pro supera a Cadence; cadenced es una palabra");
  });

  it("treats terms as text, not patterns, and leaves unknown placeholders alone", () => {
    const guarded = protectTerms("Try C++ (beta) now", ["C++ (beta)"]);
    expect(guarded.text).toBe("Try ⟦0⟧ now");
    expect(restoreTerms("Prueba ⟦0⟧ y ⟦7⟧", guarded.terms)).toBe("Prueba C++ (beta) y ⟦7⟧");
  });
});
