import { describe, expect, it } from "vitest";
import { cosineSimilarity } from "@/lib/ai/embeddings";
import { embedTextLocally, tokenizeText } from "@/lib/ai/local-embedding";

const embedText = (text: string) => embedTextLocally({ text });

function norm(vector: number[]): number {
  return Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
}

describe("embedTextLocally", () => {
  it("ranks the lexically related text first", () => {
    const query = embedText("pricing objection");
    const pricing = embedText("The customer pushed back on our pricing and said it was too expensive");
    const hiking = embedText("We went hiking in the mountains last weekend");

    expect(cosineSimilarity(query, pricing)).toBeGreaterThan(cosineSimilarity(query, hiking));
    expect(cosineSimilarity(query, pricing)).toBeGreaterThan(0.2);
  });

  it("ranks a small corpus by shared words", () => {
    const corpus = [
      "Our budget for the new tool was cut this quarter",
      "I felt anxious before the big presentation",
      "The buyer asked for a discount on the annual plan",
      "Remember to water the plants on Sunday",
    ];
    const query = embedText("buyer wants a discount on the plan");
    const ranked = [...corpus].sort((a, b) => cosineSimilarity(query, embedText(b)) - cosineSimilarity(query, embedText(a)));

    expect(ranked[0]).toBe("The buyer asked for a discount on the annual plan");
  });

  it("is deterministic", () => {
    const text = "Follow up with Dana about the renewal next Tuesday.";
    expect(embedText(text)).toEqual(embedText(text));
  });

  it("has 1536 dimensions and unit length", () => {
    for (const text of ["One.", "A much longer sentence about discovery calls, budgets and timelines.", "数据 分析 报告"]) {
      const vector = embedText(text);
      expect(vector).toHaveLength(1536);
      expect(norm(vector)).toBeCloseTo(1, 10);
    }
  });

  it("ignores stop-words and case", () => {
    expect(embedText("The PRICING of the objection")).toEqual(embedText("pricing objection"));
    expect(cosineSimilarity(embedText("the and of to"), embedText("it was in the"))).toBe(0);
  });

  it("gives the zero vector to a text with no content words", () => {
    expect(norm(embedText("and the of"))).toBe(0);
    expect(norm(embedText(""))).toBe(0);
  });

  it("uses word order through bigrams", () => {
    const a = embedText("dog bites man");
    expect(cosineSimilarity(a, embedText("dog bites man"))).toBeCloseTo(1, 10);
    expect(cosineSimilarity(a, embedText("man bites dog"))).toBeLessThan(0.99);
  });
});

describe("tokenizeText", () => {
  it("splits on anything but letters and digits, in any script", () => {
    expect(tokenizeText({ text: "Q3 revenue: €1.2M — très bien! Großartig, नमस्ते" })).toEqual([
      "q3",
      "revenue",
      "1",
      "2m",
      "très",
      "bien",
      "großartig",
      "नमस्ते",
    ]);
  });

  it("drops English stop-words, including contraction fragments", () => {
    expect(tokenizeText({ text: "I don't think we should've waited" })).toEqual(["think", "waited"]);
  });
});

describe("cosineSimilarity", () => {
  it("is 1 for the same direction, 0 for orthogonal vectors and for the zero vector", () => {
    expect(cosineSimilarity([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(cosineSimilarity([1, 0], [0, 1])).toBe(0);
    expect(cosineSimilarity([0, 0], [1, 1])).toBe(0);
    expect(cosineSimilarity([1, 0], [-1, 0])).toBe(-1);
  });
});
