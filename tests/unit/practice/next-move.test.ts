import { describe, expect, it } from "vitest";
import { suggestNextMove } from "@/lib/practice/hints/next-move";
import type { TranscriptLine } from "@/lib/practice/types";

const say = (role: TranscriptLine["role"], content: string, i: number): TranscriptLine => ({ role, content, timestampMs: i * 5_000 });
const PAINS = ["Onboarding takes three weeks because documents are chased by email."];

describe("suggestNextMove", () => {
  it("opens a call that has not started", () => {
    expect(suggestNextMove({ transcript: [say("persona", "Hello?", 0)], hiddenPains: PAINS }).kind).toBe("opening");
  });

  it("puts an objection the buyer just raised first, with advice for its kind", () => {
    const hint = suggestNextMove({ transcript: [say("rep", "Hi, I'm Sam from Brightline.", 0), say("persona", "Honestly, the price is too high.", 1)], hiddenPains: PAINS });
    expect(hint).toMatchObject({ kind: "objection" });
    expect(hint.text).toContain("price");
  });

  it("names the objection with the article it is said with: a price objection, an authority objection", () => {
    const opening = say("rep", "Hi, I'm Sam from Brightline.", 0);
    expect(suggestNextMove({ transcript: [opening, say("persona", "Honestly, the price is too high.", 1)], hiddenPains: PAINS }).text).toContain("raised a price objection");
    expect(suggestNextMove({ transcript: [opening, say("persona", "It's not my call, I'd have to check with my boss.", 1)], hiddenPains: PAINS }).text).toContain("raised an authority objection");
  });

  it("asks for discovery while pains are hidden, without giving them away", () => {
    const hint = suggestNextMove({ transcript: [say("rep", "Hi, I'm Sam from Brightline.", 0), say("persona", "Hi.", 1)], hiddenPains: PAINS });
    expect(hint.kind).toBe("discovery");
    expect(hint.text).toContain("1 pain");
    expect(hint.text.toLowerCase()).not.toContain("documents");
  });

  it("moves to the next step once every pain is out", () => {
    const transcript = [
      say("rep", "Hi, I'm Sam. How do you onboard customers today?", 0),
      say("persona", "Onboarding takes three weeks because documents are chased by email.", 1),
      say("rep", "What does that cost you?", 2),
      say("persona", "A customer or two a quarter.", 3),
      say("rep", "How many people work on it?", 4),
      say("persona", "Two.", 5),
      say("rep", "And who signs off on tools?", 6),
    ];
    expect(suggestNextMove({ transcript, hiddenPains: PAINS }).kind).toBe("next-step");
  });
});
