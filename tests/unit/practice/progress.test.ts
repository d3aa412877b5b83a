import { describe, expect, it } from "vitest";
import { difficultyFor, drills, pickPersona } from "@/lib/practice/progress/practise-next";
import { scoreBand } from "@/lib/practice/progress/score-bands";

describe("scoreBand", () => {
  it("splits at 50 and 75, the same lines the score colours use", () => {
    expect([0, 49, 50, 74, 75, 100].map(scoreBand)).toEqual(["needs_work", "needs_work", "solid", "solid", "strong", "strong"]);
  });
});

describe("difficultyFor", () => {
  it("starts a struggling category easy and a strong one hard", () => {
    expect([10, 49, 50, 74, 75].map(difficultyFor)).toEqual(["easy", "easy", "medium", "medium", "hard"]);
  });
});

describe("pickPersona", () => {
  const personas = [
    { id: "a", name: "Avery", personality: "friendly", difficulty: "easy" },
    { id: "b", name: "Blake", personality: "skeptical", difficulty: "hard" },
    { id: "c", name: "Casey", personality: "skeptical", difficulty: "easy" },
    { id: "d", name: "Drew", personality: "hostile", difficulty: "easy" },
  ];

  it("prefers the drill's personality, then the nearest difficulty", () => {
    expect(pickPersona({ personas, drill: drills.objectionHandling, difficulty: "easy", lastPersonaId: null })?.id).toBe("c");
    expect(pickPersona({ personas, drill: drills.objectionHandling, difficulty: "hard", lastPersonaId: null })?.id).toBe("b");
  });

  it("avoids the buyer of the last call when another fits as well", () => {
    expect(pickPersona({ personas, drill: drills.objectionHandling, difficulty: "medium", lastPersonaId: "c" })?.id).toBe("b");
  });

  it("falls back to any persona when none has the drill's personality", () => {
    expect(pickPersona({ personas: [personas[0]!], drill: drills.opening, difficulty: "hard", lastPersonaId: null })?.id).toBe("a");
    expect(pickPersona({ personas: [], drill: drills.opening, difficulty: "hard", lastPersonaId: null })).toBeNull();
  });
});
