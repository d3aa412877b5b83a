import { describe, expect, it } from "vitest";
import { analyseEmotions, tokenize } from "./analyse-emotions";
import { CONNECT_EMOTIONS, EMOTIONS, toConnectScores, topEmotions } from "./emotions";

const highest = (text: string) => analyseEmotions(text).top[0];

describe("analyseEmotions", () => {
  it("scores a clearly anxious text anxious highest", () => {
    const text = "I'm so nervous about tomorrow. I keep worrying and I can't stop thinking about what if it goes wrong. I'm on edge.";
    const result = analyseEmotions(text);
    expect(result.top[0]).toBe("anxious");
    expect(result.scores.anxious).toBeGreaterThan(0.8);
    expect(result.engine).toBe("offline-lexicon");
  });

  it("reads lonely, happy, romantic and playful fixtures", () => {
    expect(highest("It's 11pm and I have no one to talk to. I feel so alone and forgotten.")).toBe("lonely");
    expect(highest("Today was wonderful, I'm really happy and everything made me smile.")).toBe("happy");
    expect(highest("I think I'm falling in love, we had a date and I keep thinking about that kiss.")).toBe("romantic");
    expect(highest("Feeling silly and cheeky today, up for jokes and banter!")).toBe("playful");
    expect(highest("I'm exhausted and drained, running on empty.")).toBe("tired");
    expect(highest("Thank you all, I'm so grateful and thankful.")).toBe("grateful");
  });

  it("flips a negated emotion to its opposite at half strength", () => {
    const plain = analyseEmotions("I am happy.");
    const negated = analyseEmotions("I am not happy.");
    expect(plain.scores.happy).toBeGreaterThan(0.5);
    expect(negated.scores.happy).toBe(0);
    expect(negated.scores.sad).toBeGreaterThan(0);
    expect(negated.scores.sad).toBeLessThan(plain.scores.happy);
    expect(analyseEmotions("I don't feel anxious at all").scores.anxious).toBe(0);
  });

  it("ends negation at a sentence boundary", () => {
    expect(analyseEmotions("Not today. I am happy").scores.happy).toBeGreaterThan(0.5);
  });

  it("scales by intensifiers and diminishers", () => {
    const base = analyseEmotions("I feel sad").scores.sad;
    expect(analyseEmotions("I feel very sad").scores.sad).toBeGreaterThan(base);
    expect(analyseEmotions("I feel a bit sad").scores.sad).toBeLessThan(base);
  });

  it("matches multi-word phrases before single words", () => {
    expect(analyseEmotions("I can't wait for the weekend").scores.excited).toBeGreaterThan(0.5);
    expect(analyseEmotions("I'm over the moon").top[0]).toBe("happy");
  });

  it("returns every emotion between 0 and 1, all zero for neutral text", () => {
    const result = analyseEmotions("The train leaves at nine from platform four.");
    expect(Object.keys(result.scores)).toEqual([...EMOTIONS]);
    expect(Object.values(result.scores).every((v) => v === 0)).toBe(true);
    expect(result.top).toEqual([]);
    const loud = analyseEmotions("happy ".repeat(500));
    expect(loud.scores.happy).toBeLessThanOrEqual(1);
  });

  it("is deterministic and scores 2,000 words in under 100 ms", () => {
    const words = "I feel really lonely tonight but also a bit hopeful about tomorrow and not anxious ".repeat(134);
    expect(tokenize(words).length).toBeGreaterThanOrEqual(2000);
    const started = performance.now();
    const first = analyseEmotions(words);
    expect(performance.now() - started).toBeLessThan(100);
    expect(analyseEmotions(words)).toEqual(first);
  });
});

describe("topEmotions and toConnectScores", () => {
  it("orders by strength, breaks ties by list order and keeps the Connect eight", () => {
    const scores = analyseEmotions("lonely and sad and sad").scores;
    expect(topEmotions(scores)[0]).toBe("sad");
    expect(topEmotions({ a: 0.5, b: 0.5, c: 0.01 })).toEqual(["a", "b"]);
    expect(Object.keys(toConnectScores(scores))).toEqual([...CONNECT_EMOTIONS]);
  });
});
